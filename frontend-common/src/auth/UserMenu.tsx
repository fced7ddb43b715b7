import { Avatar, Button, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { displayName, membershipsOf, useMe } from './api/me';
import { useLogout } from './api/sessions';
import { AUTH_PATHS, loginPathFor, withNext } from './paths';

export interface UserMenuLink {
  label: string;
  /** Route inside this portal. */
  to: string;
}

export interface UserMenuProps {
  /** The portal's own pages about the person, above account security (pro: my details). */
  links?: readonly UserMenuLink[];
  /** Offer the organisation chooser when the person works for more than one organisation. */
  organisationChoice?: boolean;
}

/**
 * The header's user slot: the signed-in person's menu (name, the portal's own links, account
 * security, choosing the organisation, log out), or a "Log in" button that brings the person
 * back here afterwards.
 */
export function UserMenu({ links = [], organisationChoice = false }: UserMenuProps = {}) {
  const { t } = useTranslation();
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;

  if (me.isPending) return null;
  if (!me.data) {
    const onAuthPage = Object.values(AUTH_PATHS).some((path) => path === location.pathname);
    return (
      <Button
        component={Link}
        to={onAuthPage ? AUTH_PATHS.login : loginPathFor(here)}
        size="compact-sm"
        variant="filled"
      >
        {t('auth.menu.login')}
      </Button>
    );
  }

  const name = displayName(me.data);
  const canChoose = organisationChoice && membershipsOf(me.data).length > 1;
  return (
    <Menu position="bottom-end" width={240} withinPortal hideDetached={false}>
      <Menu.Target>
        <UnstyledButton
          aria-label={t('auth.menu.open', { name })}
          style={{ display: 'flex', alignItems: 'center', gap: 8, minHeight: 36 }}
          data-testid="user-menu"
        >
          <Avatar color="kringTeal" radius="xl" size={32} aria-hidden="true">
            {name.slice(0, 1).toUpperCase()}
          </Avatar>
          <Text size="sm" fw={600} visibleFrom="sm" maw={140} truncate aria-hidden="true">
            {name}
          </Text>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <VisuallyHidden>{t('auth.menu.signedInAs')} </VisuallyHidden>
          <Text size="sm" fw={700} c="dark.7" truncate>
            {name}
          </Text>
          <Text size="xs" c="dark.4" truncate>
            {me.data.email}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        {links.map((link) => (
          <Menu.Item key={link.to} component={Link} to={link.to}>
            {link.label}
          </Menu.Item>
        ))}
        <Menu.Item component={Link} to={AUTH_PATHS.accountSecurity}>
          {t('auth.menu.security')}
        </Menu.Item>
        {canChoose ? (
          <Menu.Item component={Link} to={withNext(AUTH_PATHS.chooseOrganisation, here)}>
            {t('auth.menu.chooseOrganisation')}
          </Menu.Item>
        ) : null}
        <Menu.Item
          onClick={() => {
            // Home first (a public page), so a page that needs a login does not redirect to it.
            void navigate('/', { replace: true });
            logout.mutate();
          }}
        >
          {t('auth.menu.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
