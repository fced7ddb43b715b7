import { AppShell, Box, Burger, em, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Link, useLocation } from 'react-router';
import classes from './KringShell.module.css';
import { LanguageSwitch } from './LanguageSwitch';
import { PORTALS, portalPath, type App } from './portals';

export interface NavItem {
  label: string;
  /** Route inside this portal. */
  to: string;
  /**
   * Marked current only on exactly `to` (the default). `false` also marks it on the pages
   * below it, e.g. "My details" on `/my-details/contact`.
   */
  end?: boolean;
}

export interface KringShellProps {
  portal: App;
  /** The portal's name in the current language, shown next to the Kring mark. */
  portalName: string;
  navItems: readonly NavItem[];
  /** Slot for the signed-in user's menu (empty until log-in exists). */
  userMenu?: ReactNode;
  /** Slot for choosing the organisation to act for (pro portal). */
  organisationSwitcher?: ReactNode;
  children: ReactNode;
}

const NAVBAR_BREAKPOINT = 'sm';
/** Just below Mantine's `sm` breakpoint (48em = 768px). */
const PHONE_MAX_WIDTH = 767.98;

/**
 * The frame of every portal page: header with the portal's name, language switch and the
 * user slots; a side navigation that becomes a burger menu on phones; the main landmark.
 */
export function KringShell(props: KringShellProps) {
  const { portal, portalName, navItems, userMenu, organisationSwitcher, children } = props;
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const isPhone = useMediaQuery(`(max-width: ${em(PHONE_MAX_WIDTH)})`, false, {
    getInitialValueInEffect: false,
  });
  // The collapsed navbar only slides off-screen; hide it so keyboard and screen-reader users
  // do not land in a menu they cannot see.
  const navbarHidden = isPhone && !opened;
  // A new page starts at its top, not where the last one was scrolled to (e.g. after a long form).
  const { pathname } = useLocation();
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 260, breakpoint: NAVBAR_BREAKPOINT, collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <a className={classes.skipLink} href="#main">
        {t('common.skipToContent')}
      </a>
      <AppShell.Header className={classes.header}>
        <Group h="100%" px="md" gap="sm" wrap="nowrap" justify="space-between">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom={NAVBAR_BREAKPOINT}
              size="sm"
              aria-label={opened ? t('common.navigation.close') : t('common.navigation.open')}
              aria-expanded={opened}
              aria-controls="kring-navigation"
            />
            <Brand portalName={portalName} />
          </Group>
          <Group gap="sm" wrap="nowrap">
            {organisationSwitcher}
            <LanguageSwitch />
            {userMenu}
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar
        p="sm"
        id="kring-navigation"
        aria-label={t('common.navigation.label')}
        // A long menu (an admin's console) scrolls inside the navbar rather than running off a
        // short screen, where its last items could not be reached.
        style={{ overflowY: 'auto', ...(navbarHidden ? { visibility: 'hidden' } : {}) }}
      >
        <Stack gap={4}>
          {navItems.map((item) => (
            <NavLink
              key={item.to}
              component={RouterNavLink}
              to={item.to}
              end={item.end ?? true}
              label={item.label}
              onClick={close}
            />
          ))}
        </Stack>
        <Box mt="xl">
          <Text
            size="xs"
            fw={700}
            c="dimmed"
            tt="uppercase"
            px="sm"
            mb={4}
            id="kring-other-portals"
          >
            {t('common.navigation.otherPortals')}
          </Text>
          <Stack
            gap={4}
            component="ul"
            aria-labelledby="kring-other-portals"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
          >
            {PORTALS.filter((other) => other !== portal).map((other) => (
              <li key={other}>
                <NavLink
                  component="a"
                  href={portalPath(other)}
                  label={t(`common.portals.${other}`)}
                />
              </li>
            ))}
          </Stack>
        </Box>
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}

function Brand({ portalName }: { portalName: string }) {
  const { t } = useTranslation();
  return (
    <Link to="/" className={classes.brand}>
      <Group gap="xs" wrap="nowrap">
        <KringMark />
        <Stack gap={0} miw={0} className={classes.brandText}>
          <Text fw={800} size="lg" c="kringTeal.8" lh={1.1}>
            {t('common.brand')}
          </Text>
          <Text size="xs" c="dimmed" lh={1.2} truncate>
            {portalName}
          </Text>
        </Stack>
      </Group>
    </Link>
  );
}

/** A ring of people: the Kring mark. Decorative; the brand text carries the name. */
function KringMark() {
  return (
    <svg
      className={classes.brandMark}
      width="32"
      height="32"
      viewBox="0 0 32 32"
      aria-hidden="true"
    >
      <circle
        cx="16"
        cy="16"
        r="11"
        fill="none"
        stroke="var(--mantine-color-kringTeal-7)"
        strokeWidth="4"
      />
      <circle cx="16" cy="5" r="3.5" fill="var(--mantine-color-kringClay-6)" />
      <circle cx="6.5" cy="21.5" r="3.5" fill="var(--mantine-color-kringClay-6)" />
      <circle cx="25.5" cy="21.5" r="3.5" fill="var(--mantine-color-kringClay-6)" />
    </svg>
  );
}
