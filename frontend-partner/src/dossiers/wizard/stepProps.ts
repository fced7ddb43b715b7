import type { Dossier } from '../../api/dossiers';

export interface StepProps {
  /** The dossier; `null` on /dossiers/new, where the first step creates it. */
  dossier: Dossier | null;
  /** The API's answer after saving: the wizard goes on to the next step. */
  onSaved: (dossier: Dossier) => void;
}

/** The steps after the first always have their dossier. */
export interface SavedStepProps {
  dossier: Dossier;
  onSaved: (dossier: Dossier) => void;
}
