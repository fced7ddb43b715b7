import { createContext, lazy, Suspense, useCallback, useContext, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isStepUpRequired } from '../problems';
import { FormMessage } from '../../forms/formMessage';

// The dialog (forms, zod) loads only when a sensitive action first asks for it.
const StepUpDialog = lazy(() => import('./StepUpDialog'));

/** The person closed the step-up dialog: the action was not done. Shown as the form's message. */
export class StepUpCancelled extends FormMessage {
  override name = 'StepUpCancelled';
}

type Confirm = (lead?: string) => Promise<void>;

const StepUpContext = createContext<Confirm | null>(null);

interface Pending {
  resolve: () => void;
  reject: (error: unknown) => void;
  lead?: string;
}

/**
 * Lets any sensitive call ask the person to prove their second factor again (step-up): one
 * dialog for the whole portal, shared by calls that ask at the same time.
 */
export function StepUpProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending | null>(null);
  const promise = useRef<Promise<void> | null>(null);

  const confirm = useCallback<Confirm>((lead) => {
    if (promise.current) return promise.current;
    const next = new Promise<void>((resolve, reject) => setPending({ resolve, reject, lead }));
    const done = () => {
      promise.current = null;
      setPending(null);
    };
    next.then(done, done);
    promise.current = next;
    return next;
  }, []);

  return (
    <StepUpContext.Provider value={confirm}>
      {children}
      {pending ? (
        <Suspense fallback={null}>
          <StepUpDialog
            lead={pending.lead}
            onConfirmed={pending.resolve}
            onCancel={() => pending.reject(new StepUpCancelled(t('auth.stepUp.cancelled')))}
          />
        </Suspense>
      ) : null}
    </StepUpContext.Provider>
  );
}

/**
 * Wraps a sensitive API call: when the API answers `step-up-required`, the step-up dialog asks
 * for a second factor, and the call is tried once more. Closing the dialog rejects with
 * {@link StepUpCancelled}. Without a {@link StepUpProvider} the API's refusal passes through.
 */
export function useStepUp(): <T>(call: () => Promise<T>) => Promise<T> {
  const confirm = useContext(StepUpContext);
  return useCallback(
    async <T,>(call: () => Promise<T>): Promise<T> => {
      try {
        return await call();
      } catch (error) {
        if (!confirm || !isStepUpRequired(error)) throw error;
        await confirm();
        return call();
      }
    },
    [confirm],
  );
}

/**
 * Asks for the second factor now, before a call (a signature is given with a code entered at that
 * moment). Resolves once proven; without a {@link StepUpProvider} it resolves at once and the
 * API's own check decides.
 */
export function useConfirmSecondFactor(): (lead?: string) => Promise<void> {
  const confirm = useContext(StepUpContext);
  return useCallback((lead?: string) => (confirm ? confirm(lead) : Promise.resolve()), [confirm]);
}
