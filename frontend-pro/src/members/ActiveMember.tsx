import {
  activeMembership,
  AUTH_PATHS,
  LoadingState,
  membershipsOf,
  RequireLogin,
  useMe,
  withNext,
  type Me,
} from '@kring/common';
import { Button, Stack, Text, Title } from '@mantine/core';
import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';

/** The signed-in member and the organisation they act for. */
export interface ActiveMember {
  me: Me;
  organisationId: string;
  organisationName: string;
  /** Portal admin in this organisation: manages the contact persons. */
  isAdmin: boolean;
  /** The organisation's kind: a municipality or social service has the service dashboard. */
  organisationKind: string;
}

const ActiveMemberContext = createContext<ActiveMember | null>(null);

/** The member and organisation of the page; only inside {@link RequireMember}. */
export function useActiveMember(): ActiveMember {
  const member = useContext(ActiveMemberContext);
  if (!member) throw new Error('useActiveMember needs a <RequireMember> around the page');
  return member;
}

/**
 * Shows its children to a member acting for an organisation: others log in first, a member of
 * several who has not chosen goes to the chooser, and an account without organisations is told
 * these pages are not for them.
 */
export function RequireMember({ children }: { children: ReactNode }) {
  return (
    <RequireLogin>
      <ActiveMemberGate>{children}</ActiveMemberGate>
    </RequireLogin>
  );
}

function ActiveMemberGate({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (!me.data) return <LoadingState />;
  const membership = activeMembership(me.data);
  if (!membership) {
    if (membershipsOf(me.data).length > 0) {
      const here = `${location.pathname}${location.search}`;
      return <Navigate to={withNext(AUTH_PATHS.chooseOrganisation, here)} replace />;
    }
    return <NotAMember />;
  }
  const value: ActiveMember = {
    me: me.data,
    organisationId: membership.organisation_id,
    organisationName: membership.organisation_name,
    isAdmin: membership.portal_admin,
    organisationKind: membership.kind,
  };
  return <ActiveMemberContext.Provider value={value}>{children}</ActiveMemberContext.Provider>;
}

function NotAMember() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={560} py="xl" align="flex-start">
      <Title order={1}>{t('memberOnly.title')}</Title>
      <Text>{t('memberOnly.body')}</Text>
      <Button component={Link} to="/">
        {t('memberOnly.home')}
      </Button>
    </Stack>
  );
}
