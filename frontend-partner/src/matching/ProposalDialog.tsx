import {
  cellsOfWeek,
  centsToInput,
  DayPartGrid,
  parseEuros,
  weekOfCells,
  type Week,
} from '@kring/common';
import { Checkbox, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../api/dossiers';
import type { ProposalCreate, Suggestion } from '../api/matching';
import { DialogFooter, DossierDialog, fieldProblem } from '../dossiers/dialogParts';

const MESSAGE_MAX = 2000;

export interface ProposalDialogProps {
  dossier: Dossier;
  suggestion: Suggestion;
  sending: boolean;
  error: unknown;
  onSend: (body: ProposalCreate) => void;
  onClose: () => void;
}

/** The day-parts both the dossier asks for and the helper offers: the proposal's default. */
function sharedCells(dossier: Dossier, suggestion: Suggestion): string[] {
  const helper = new Set(cellsOfWeek(suggestion.day_parts as Week));
  return cellsOfWeek(dossier.when.day_parts as Week).filter((cell) => helper.has(cell));
}

/**
 * A proposal to a suggested helper: a message, which help and which day-parts (of the dossier's),
 * a first meeting (a moment, or to be agreed) and, for a paid helper, the hourly rate.
 */
export function ProposalDialog(props: ProposalDialogProps) {
  const { dossier, suggestion, sending, error, onSend, onClose } = props;
  const { t } = useTranslation();
  const name = suggestion.first_name;
  const [message, setMessage] = useState('');
  const [skills, setSkills] = useState<string[]>(suggestion.shared_skills.map((skill) => skill.id));
  const [cells, setCells] = useState<string[]>(() => sharedCells(dossier, suggestion));
  const [meeting, setMeeting] = useState<'moment' | 'agree'>('agree');
  const [moment, setMoment] = useState('');
  const [rate, setRate] = useState(
    suggestion.hourly_rate_cents !== null ? centsToInput(suggestion.hourly_rate_cents) : '',
  );
  const [tried, setTried] = useState(false);
  // Checked against the clock when sending, not while typing.
  const [momentProblem, setMomentProblem] = useState<string | null>(null);
  const wanted = new Set<string>(cellsOfWeek(dossier.when.day_parts as Week));
  const paid = suggestion.kind === 'paid';
  const cents = paid ? parseEuros(rate) : null;
  const problems = {
    message:
      message.trim() === ''
        ? t('matching.propose.messageRequired')
        : message.trim().length > MESSAGE_MAX
          ? t('matching.propose.tooLong', { max: MESSAGE_MAX })
          : null,
    skills: skills.length === 0 ? t('matching.propose.skillsRequired') : null,
    dayParts:
      cells.length === 0
        ? t('matching.propose.dayPartsRequired')
        : cells.some((cell) => !wanted.has(cell))
          ? t('matching.propose.dayPartsOfDossier')
          : null,
    moment: meeting === 'moment' ? momentProblem : null,
    rate: paid && cents === null ? t('matching.propose.rateInvalid') : null,
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const past =
      meeting === 'moment' && (moment === '' || new Date(moment).getTime() <= Date.now());
    setMomentProblem(past ? t('matching.propose.momentFuture') : null);
    if (past || Object.entries(problems).some(([key, value]) => key !== 'moment' && value)) return;
    onSend({
      helper_id: suggestion.helper_id,
      message: message.trim(),
      skill_ids: skills,
      day_parts: weekOfCells(cells),
      meeting_at: meeting === 'moment' ? new Date(moment).toISOString() : null,
      hourly_rate_cents: cents,
    });
  };
  const shown = (problem: string | null, field: string) =>
    (tried ? problem : null) ?? fieldProblem(error, field);
  const named = ['message', 'skill_ids', 'day_parts', 'meeting_at', 'hourly_rate_cents'];
  return (
    <DossierDialog opened onClose={onClose} title={t('matching.propose.title', { name })} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('matching.propose.lead', { name })}</Text>
          <Textarea
            id="proposal-message"
            label={t('matching.propose.message')}
            description={t('matching.propose.messageHelp', { seeker: dossier.who.first_name })}
            value={message}
            onChange={(event) => setMessage(event.currentTarget.value)}
            error={shown(problems.message, 'message')}
            rows={4}
            required
            data-autofocus
          />
          <Checkbox.Group
            label={t('matching.propose.skills')}
            value={skills}
            onChange={setSkills}
            error={shown(problems.skills, 'skill_ids')}
            withAsterisk
          >
            <Stack gap={6} mt="xs">
              {dossier.help.skills.map((skill) => (
                <Checkbox key={skill.id} value={skill.id} label={skill.name} />
              ))}
            </Stack>
          </Checkbox.Group>
          <div>
            <Text id="proposal-day-parts" fw={500} size="sm">
              {t('matching.propose.dayParts')}
            </Text>
            <Text id="proposal-day-parts-help" size="xs" c="dark.5" mb={6}>
              {t('matching.propose.dayPartsHelp', { name })}
            </Text>
            <DayPartGrid
              labelledBy="proposal-day-parts"
              describedBy="proposal-day-parts-help"
              value={cells}
              onChange={setCells}
            />
            {shown(problems.dayParts, 'day_parts') ? (
              <Text size="xs" c="red.8" mt={4} role="alert">
                {shown(problems.dayParts, 'day_parts')}
              </Text>
            ) : null}
          </div>
          <Radio.Group
            label={t('matching.propose.meeting')}
            description={t('matching.propose.meetingHelp')}
            value={meeting}
            onChange={(value) => setMeeting(value === 'moment' ? 'moment' : 'agree')}
          >
            <Stack gap={6} mt="xs">
              <Radio
                id="proposal-meeting-agree"
                value="agree"
                label={t('matching.propose.agree')}
              />
              <Radio
                id="proposal-meeting-moment"
                value="moment"
                label={t('matching.propose.atMoment')}
              />
            </Stack>
          </Radio.Group>
          {meeting === 'moment' ? (
            <TextInput
              id="proposal-moment"
              type="datetime-local"
              label={t('matching.propose.moment')}
              value={moment}
              onChange={(event) => setMoment(event.currentTarget.value)}
              error={shown(problems.moment, 'meeting_at')}
              required
            />
          ) : null}
          {paid ? (
            <TextInput
              id="proposal-rate"
              label={t('matching.propose.rate')}
              description={t('matching.propose.rateHelp', { name })}
              leftSection="€"
              inputMode="decimal"
              value={rate}
              onChange={(event) => setRate(event.currentTarget.value)}
              error={shown(problems.rate, 'hourly_rate_cents')}
            />
          ) : null}
          <DialogFooter
            confirmLabel={t('matching.propose.send')}
            loading={sending}
            error={named.some((field) => fieldProblem(error, field)) ? null : error}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </DossierDialog>
  );
}
