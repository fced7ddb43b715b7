import { ErrorState, LoadingState, RequireLogin } from '@kring/common';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useDossier, type Dossier, type DossierStep } from '../api/dossiers';
import { isStep, STEPS } from '../dossiers/status';
import { BankStep } from '../dossiers/wizard/BankStep';
import { DoneStep } from '../dossiers/wizard/DoneStep';
import { HelpStep } from '../dossiers/wizard/HelpStep';
import { TermsStep } from '../dossiers/wizard/TermsStep';
import { WhenStep } from '../dossiers/wizard/WhenStep';
import { WhoStep } from '../dossiers/wizard/WhoStep';
import { dossierPath, wizardPath } from '../paths';

/**
 * The dossier wizard: /dossiers/new (the first step creates the dossier), then
 * /dossiers/:id/wizard/:step. /dossiers/:id/wizard resumes at the first step not done.
 */
export default function DossierWizardPage() {
  return (
    <RequireLogin>
      <Wizard />
    </RequireLogin>
  );
}

const DONE = 'done';

function Wizard() {
  const { id, step } = useParams();
  const navigate = useNavigate();
  const dossier = useDossier(id);
  // A complete dossier's step was changed (its page's "change" link): back to the dossier.
  const wasComplete = dossier.data?.next_step === null;
  const goOn = (from: DossierStep) => (saved: Dossier) => {
    const next = STEPS[STEPS.indexOf(from) + 1] ?? DONE;
    void navigate(
      wasComplete && saved.next_step === null && next !== DONE
        ? dossierPath(saved.id)
        : wizardPath(saved.id, next),
    );
  };

  if (!id) return <WhoStep key="new" dossier={null} onSaved={goOn('who')} />;
  if (dossier.isPending) return <LoadingState />;
  if (dossier.isError) {
    return <ErrorState error={dossier.error} onRetry={() => void dossier.refetch()} />;
  }
  const data = dossier.data;
  if (step === DONE) return <DoneStep dossier={data} />;
  if (!isStep(step)) return <Navigate replace to={wizardPath(id, data.next_step ?? DONE)} />;
  const props = { key: `${id}-${step}`, dossier: data, onSaved: goOn(step) };
  switch (step) {
    case 'who':
      return <WhoStep {...props} />;
    case 'help':
      return <HelpStep {...props} />;
    case 'when':
      return <WhenStep {...props} />;
    case 'bank':
      return <BankStep {...props} />;
    default:
      return <TermsStep {...props} />;
  }
}
