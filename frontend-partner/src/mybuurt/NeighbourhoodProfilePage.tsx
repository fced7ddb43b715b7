import {
  CharacterCount,
  COUNTER_BELOW,
  ErrorState,
  FormErrors,
  LoadingState,
  RequireLogin,
  useDocumentTitle,
} from '@kring/common';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { useSkills, type Skill } from '../api/dossiers';
import {
  useLeaveNeighbourhood,
  useMyResidence,
  useSetProfile,
  type MyResidence,
} from '../api/neighbourhoods';
import { MY_NEIGHBOURHOOD_PATHS } from '../paths';
import { AddressForm } from './AddressForm';

/** The API's limits (`ProfileIn`). */
export const MAX_SKILLS = 25;
export const ABOUT_MAX = 500;

/** "Mijn buurtprofiel": what I offer my neighbours; moving; leaving the neighbourhood. */
export default function NeighbourhoodProfilePage() {
  return (
    <RequireLogin>
      <Profile />
    </RequireLogin>
  );
}

function Profile() {
  const { t } = useTranslation();
  useDocumentTitle(t('myNeighbourhood.profile.documentTitle'), t('app.name'));
  const residence = useMyResidence();
  if (residence.isPending) return <LoadingState />;
  if (residence.isError)
    return <ErrorState error={residence.error} onRetry={() => void residence.refetch()} />;
  if (!residence.data) return <Navigate to={MY_NEIGHBOURHOOD_PATHS.home} replace />;
  const home = residence.data;
  return (
    <Stack maw={720} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.2}>
          {t('myNeighbourhood.profile.title')}
        </Title>
        <Text c="dark.5">{t('myNeighbourhood.profile.lead')}</Text>
        <Text fw={600}>
          {t('myNeighbourhood.profile.neighbourhood', { name: home.neighbourhood.name })}
        </Text>
      </Stack>
      {home.suspended ? (
        <Alert color="kringClay" variant="light">
          {t('myNeighbourhood.profile.suspended')}
        </Alert>
      ) : null}
      <OfferForm key={home.joined_at} home={home} />
      <Move home={home} />
      <Leave home={home} />
    </Stack>
  );
}

function groupSkills(skills: readonly Skill[]) {
  const groups = new Map<string, { name: string; skills: Skill[] }>();
  for (const skill of skills) {
    const group = groups.get(skill.group) ?? { name: skill.group_name, skills: [] };
    group.skills.push(skill);
    groups.set(skill.group, group);
  }
  return [...groups.entries()];
}

function OfferForm({ home }: { home: MyResidence }) {
  const { t } = useTranslation();
  const skills = useSkills();
  const save = useSetProfile();
  const [chosen, setChosen] = useState<string[]>(home.skills.map((skill) => skill.id));
  const [volunteer, setVolunteer] = useState(home.volunteers_for_organisations);
  const [about, setAbout] = useState(home.about ?? '');
  const [saved, setSaved] = useState(false);
  const tooMany = chosen.length > MAX_SKILLS;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (tooMany || about.length > ABOUT_MAX) return;
    save.mutate(
      {
        skill_ids: chosen,
        volunteers_for_organisations: volunteer,
        about: about.trim() || null,
      },
      { onSuccess: () => setSaved(true) },
    );
  };
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => (on ? [...current, id] : current.filter((other) => other !== id)));

  return (
    <Card withBorder padding="lg" component="form" onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <FormErrors messages={save.error ? [save.error.message] : []} />
        <Stack gap="xs" component="fieldset" m={0} p={0} style={{ border: 0 }}>
          <Text component="legend" fw={600} p={0}>
            {t('myNeighbourhood.profile.skills')}
          </Text>
          <Text size="sm" c={tooMany ? 'red.8' : 'dark.5'} role={tooMany ? 'alert' : undefined}>
            {tooMany
              ? t('myNeighbourhood.profile.tooManySkills', { max: MAX_SKILLS })
              : t('myNeighbourhood.profile.skillsHint', { max: MAX_SKILLS })}
          </Text>
          {skills.isPending ? (
            <LoadingState />
          ) : skills.isError ? (
            <ErrorState error={skills.error} onRetry={() => void skills.refetch()} />
          ) : (
            groupSkills(skills.data).map(([group, { name, skills: inGroup }]) => (
              <Stack key={group} gap={6} role="group" aria-labelledby={`skills-${group}`}>
                <Text id={`skills-${group}`} size="sm" fw={600} mt="xs">
                  {name}
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6}>
                  {inGroup.map((skill) => (
                    <Checkbox
                      key={skill.id}
                      id={`skill-${skill.id}`}
                      label={skill.name}
                      checked={chosen.includes(skill.id)}
                      disabled={!chosen.includes(skill.id) && chosen.length >= MAX_SKILLS}
                      onChange={(event) => toggle(skill.id, event.currentTarget.checked)}
                    />
                  ))}
                </SimpleGrid>
              </Stack>
            ))
          )}
        </Stack>
        <Checkbox
          id="profile-volunteer"
          label={t('myNeighbourhood.profile.volunteer')}
          checked={volunteer}
          onChange={(event) => setVolunteer(event.currentTarget.checked)}
        />
        <Textarea
          id="profile-about"
          label={t('myNeighbourhood.profile.about')}
          inputWrapperOrder={COUNTER_BELOW}
          description={
            <CharacterCount
              value={about}
              max={ABOUT_MAX}
              hint={t('myNeighbourhood.profile.aboutHint')}
            />
          }
          value={about}
          onChange={(event) => setAbout(event.currentTarget.value)}
          maxLength={ABOUT_MAX}
          rows={4}
          resize="vertical"
        />
        {saved ? (
          <Text role="status" c="kringTeal.9">
            {t('myNeighbourhood.profile.saved')}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" color="kringClay.7" loading={save.isPending}>
            {t('myNeighbourhood.profile.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function Move({ home }: { home: MyResidence }) {
  const { t } = useTranslation();
  const [moved, setMoved] = useState<string | null>(null);
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3">
            {t('myNeighbourhood.profile.moveTitle')}
          </Title>
          <Text c="dark.5">{t('myNeighbourhood.profile.moveLead')}</Text>
        </Stack>
        {moved ? (
          <Text role="status" c="kringTeal.9">
            {t('myNeighbourhood.profile.moved', { name: moved })}
          </Text>
        ) : null}
        <AddressForm
          idPrefix="move"
          initial={home.address}
          submitLabel={t('myNeighbourhood.profile.move')}
          onDone={(residence) => setMoved(residence.neighbourhood.name)}
        />
      </Stack>
    </Card>
  );
}

function Leave({ home }: { home: MyResidence }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const leave = useLeaveNeighbourhood();
  const [confirming, setConfirming] = useState(false);
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('myNeighbourhood.profile.leaveTitle')}
        </Title>
        <Text c="dark.5">{t('myNeighbourhood.profile.leaveLead')}</Text>
        <Button
          variant="default"
          color="red"
          style={{ alignSelf: 'flex-start' }}
          onClick={() => setConfirming(true)}
        >
          {t('myNeighbourhood.profile.leave')}
        </Button>
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('myNeighbourhood.profile.leaveTitle')}
      >
        <Stack gap="md">
          <FormErrors messages={leave.error ? [leave.error.message] : []} />
          <Text>
            {t('myNeighbourhood.profile.leaveConfirm', { name: home.neighbourhood.name })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('myNeighbourhood.profile.cancel')}
            </Button>
            <Button
              color="red.8"
              loading={leave.isPending}
              onClick={() =>
                leave.mutate(undefined, {
                  onSuccess: () => void navigate(MY_NEIGHBOURHOOD_PATHS.home),
                })
              }
            >
              {t('myNeighbourhood.profile.leave')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
