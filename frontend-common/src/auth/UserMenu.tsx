import { Avatar, Button, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { displayName, useMe } from './api/me';
import { useLogout } from './api/sessions';
import { AUTH_PATHS, loginPathFor } from './paths';

/**
 * The header's user slot: the signed-in person's menu (name, account security, log out), or a
 * "Log in" button that brings the person back here afterwards.
 */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();

  if (me.isPending) return null;
  if (!me.data) {
    const here = `${location.pathname}${location.search}`;
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
        <Menu.Item component={Link} to={AUTH_PATHS.accountSecurity}>
          {t('auth.menu.security')}
        </Menu.Item>
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
