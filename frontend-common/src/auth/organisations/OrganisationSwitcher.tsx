import { Box, Button, Menu, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { activeMembership, membershipsOf, useMe } from '../api/me';
import { useChooseOrganisation } from '../api/organisations';
import { AUTH_PATHS, withNext } from '../paths';
import { organisationKindLabel } from './organisationKind';

/** In the menu itself; more go through the chooser page with its filter. */
const MENU_LIMIT = 6;

/** A small building: the organisation you act for. Decorative; the button text names it. */
function BuildingIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" style={{ flex: 'none' }}>
      <path
        d="M2.5 14.5v-12h7v12M9.5 6.5h4v8M1 14.5h14M5 5h2M5 8h2M5 11h2M11.5 9h0.5M11.5 11.5h0.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinecap="round"
      />
    </svg>
  );
}

/**
 * The header's organisation slot: the name of the organisation I act for, and (when I work for
 * more than one) a menu to switch. Nothing for people without organisations.
 */
export function OrganisationSwitcher() {
  const { t } = useTranslation();
  const me = useMe();
  const choose = useChooseOrganisation();
  const location = useLocation();
  const memberships = membershipsOf(me.data);
  if (memberships.length === 0) return null;
  const active = activeMembership(me.data);
  const name = active?.organisation_name ?? t('auth.organisations.noneChosen');

  if (memberships.length === 1) {
    return (
      <Box miw={0} visibleFrom="sm" data-testid="organisation-switcher">
        <VisuallyHidden>{t('auth.organisations.actingFor')} </VisuallyHidden>
        <Text size="sm" fw={600} c="dark.6" maw={200} truncate>
          {name}
        </Text>
      </Box>
    );
  }

  const here = `${location.pathname}${location.search}`;
  return (
    <Menu position="bottom-end" width={280} withinPortal hideDetached={false}>
      <Menu.Target>
        <Button
          variant="default"
          size="compact-md"
          px="xs"
          miw={0}
          aria-label={t('auth.organisations.switchLabel', { name })}
          data-testid="organisation-switcher"
          loading={choose.isPending}
          styles={{ label: { minWidth: 0, gap: 6 } }}
        >
          <BuildingIcon />
          <Text component="span" size="sm" fw={600} maw={180} truncate visibleFrom="sm">
            {name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('auth.organisations.actingFor')}</Menu.Label>
        {memberships.slice(0, MENU_LIMIT).map((membership) => {
          const current = membership.organisation_id === active?.organisation_id;
          return (
            <Menu.Item
              key={membership.organisation_id}
              onClick={() => {
                if (!current) choose.mutate(membership.organisation_id);
              }}
              aria-current={current ? 'true' : undefined}
              fw={current ? 700 : undefined}
              rightSection={
                current ? (
                  <Text size="xs" aria-hidden="true">
                    ✓
                  </Text>
                ) : undefined
              }
            >
              <Text size="sm" fw="inherit" style={{ overflowWrap: 'anywhere' }}>
                {membership.organisation_name}
              </Text>
              <Text size="xs" c="dark.4">
                {organisationKindLabel(membership.kind, t)}
              </Text>
            </Menu.Item>
          );
        })}
        <Menu.Divider />
        <Menu.Item component={Link} to={withNext(AUTH_PATHS.chooseOrganisation, here)}>
          {memberships.length > MENU_LIMIT
            ? t('auth.organisations.all', { count: memberships.length })
            : t('auth.organisations.chooser')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
