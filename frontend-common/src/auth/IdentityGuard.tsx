import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { needsOrganisationChoice, useMe, type Me } from './api/me';
import { securityKeys, useSecurity } from './api/secondFactor';
import { AUTH_PATHS, LINK_PATHS, withNext } from './paths';
import { isMfaSetupRequired, isOrganisationChoiceRequired } from './problems';

export interface IdentityGuardProps {
  /**
   * The portal's pages act for an organisation (pro): a member of several must choose one
   * before anything else, also after a reload.
   */
  organisationRequired?: boolean;
}

/** Staff and organisation members may have to set up a second factor; nobody else does. */
export function mayNeedSecondFactor(me: Me | null | undefined): boolean {
  return Boolean(me && (me.staff_role || (me.memberships?.length ?? 0) > 0));
}

/**
 * Sends the signed-in person to what the API requires first, from one place for the whole
 * portal: the second-factor set-up (an API answer `mfa-setup-required`, or an account that must
 * have 2FA and has none) and the organisation chooser (an API answer
 * `organisation-choice-required`, or, where `organisationRequired`, a member of several
 * organisations who has not chosen). Pages opened from an e-mail link are left alone.
 */
export function IdentityGuard({ organisationRequired = false }: IdentityGuardProps) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  const hereRef = useRef(here);
  const me = useMe();
  const security = useSecurity({ enabled: mayNeedSecondFactor(me.data) });

  useEffect(() => {
    hereRef.current = here;
  }, [here]);

  // The API's answers, from any query or mutation of the portal.
  useEffect(() => {
    const onError = (error: unknown) => {
      const path = hereRef.current.split('?')[0] ?? '';
      if (isMfaSetupRequired(error)) {
        void queryClient.invalidateQueries({ queryKey: securityKeys.all });
        if (path !== AUTH_PATHS.secondFactorSetup) {
          void navigate(withNext(AUTH_PATHS.secondFactorSetup, hereRef.current), {
            replace: true,
          });
        }
      } else if (isOrganisationChoiceRequired(error)) {
        if (path !== AUTH_PATHS.chooseOrganisation) {
          void navigate(withNext(AUTH_PATHS.chooseOrganisation, hereRef.current));
        }
      }
    };
    const stopQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') onError(event.action.error);
    });
    const stopMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') onError(event.action.error);
    });
    return () => {
      stopQueries();
      stopMutations();
    };
  }, [queryClient, navigate]);

  // What the person's account says, also after a reload.
  const setupPending =
    mayNeedSecondFactor(me.data) &&
    security.data !== undefined &&
    security.data.mfa_required &&
    security.data.factors.length === 0;
  const choicePending = organisationRequired && needsOrganisationChoice(me.data);
  const path = location.pathname;
  const exempt = LINK_PATHS.includes(path);

  useEffect(() => {
    if (exempt) return;
    if (setupPending && path !== AUTH_PATHS.secondFactorSetup) {
      void navigate(withNext(AUTH_PATHS.secondFactorSetup, here), { replace: true });
    } else if (
      !setupPending &&
      choicePending &&
      path !== AUTH_PATHS.chooseOrganisation &&
      path !== AUTH_PATHS.secondFactorSetup
    ) {
      void navigate(withNext(AUTH_PATHS.chooseOrganisation, here), { replace: true });
    }
  }, [setupPending, choicePending, exempt, path, here, navigate]);

  return null;
}
