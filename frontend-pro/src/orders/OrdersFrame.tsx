import { PageHeader, type Crumb } from '@kring/common';
import { Button, Stack } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { PRO_PATHS } from '../paths';
import classes from './OrdersFrame.module.css';

export type OrdersSection = 'open' | 'rentals' | 'ended';

const SECTIONS: { section: OrdersSection; to: string }[] = [
  { section: 'open', to: PRO_PATHS.orders },
  { section: 'rentals', to: PRO_PATHS.rentals },
  { section: 'ended', to: PRO_PATHS.ended },
];

/** The way up from the pages below the orders. */
export function ordersCrumbs(t: (key: string) => string, ...below: Crumb[]): Crumb[] {
  return [
    { label: t('common.navigation.home'), to: PRO_PATHS.home },
    { label: t('nav.orders'), to: PRO_PATHS.orders },
    ...below,
  ];
}

/**
 * Moves the focus to the page's heading whenever the address's path changes (not its filters), so
 * keyboard and screen-reader users start at the new page's top after a tab, a link or a submit.
 */
export function useFocusHeadingOnNavigation(focusKey?: string) {
  const ref = useRef<HTMLDivElement>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    const heading = ref.current?.querySelector('h1');
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }, [pathname, focusKey]);
  return ref;
}

export interface OrdersFrameProps {
  title: string;
  lead?: ReactNode;
  /** The sub-page of the three lists, marked in the sub-navigation. */
  section?: OrdersSection;
  crumbs?: Crumb[];
  /** Instead of "New request" (e.g. on the request forms themselves); null for none. */
  actions?: ReactNode;
  /** A change of it moves the focus to the heading too, as a new page would (a step done). */
  focusKey?: string;
  children: ReactNode;
}

/**
 * The frame of the orders pages: the page's header with "New request", and under it the
 * sub-navigation between open orders, rentals outstanding and ended trajectories.
 */
export function OrdersFrame({
  title,
  lead,
  section,
  crumbs,
  actions,
  focusKey,
  children,
}: OrdersFrameProps) {
  const { t } = useTranslation();
  const top = useFocusHeadingOnNavigation(focusKey);
  return (
    <Stack
      maw={1040}
      mx="auto"
      gap="xl"
      py={{ base: 0, sm: 'lg' }}
      ref={top}
      className={classes.frame}
    >
      <PageHeader
        title={title}
        lead={lead}
        crumbs={
          crumbs ??
          (section === 'open'
            ? [{ label: t('common.navigation.home'), to: PRO_PATHS.home }]
            : ordersCrumbs(t))
        }
        actions={
          actions === undefined ? (
            <Button component={Link} to={PRO_PATHS.newOrder} size="md">
              {t('orders.newRequest')}
            </Button>
          ) : (
            actions
          )
        }
      />
      {section ? (
        <nav aria-label={t('orders.subnav.label')} className={classes.subnav}>
          {SECTIONS.map((item) => (
            <NavLink key={item.section} to={item.to} end className={classes.tab}>
              {t(`orders.subnav.${item.section}`)}
            </NavLink>
          ))}
        </nav>
      ) : null}
      {children}
    </Stack>
  );
}
