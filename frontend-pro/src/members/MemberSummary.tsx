import { useFormat } from '@kring/common';
import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Member } from '../api/members';

type Address = NonNullable<Member['address']>;

/** One line, as people write an address: "Lindelaan 12 A, 3511 AB Utrecht". */
function addressLine(address: Address): string {
  const number = [address.house_number, address.house_number_addition].filter(Boolean).join(' ');
  return `${address.street} ${number}, ${address.postcode} ${address.city}`;
}
import { functionLabel, useFunctionCodes } from '../api/organisation';
import { DetailList, type Detail } from '../components/DetailList';

/**
 * A contact person's details, rights and flags, read-only, in the form's sections: personal
 * details, work and how to reach them, and e-mails, projects and rights.
 */
export function MemberSummary({ member }: { member: Member }) {
  const { t } = useTranslation();
  const format = useFormat();
  const functionCodes = useFunctionCodes();
  const onOff = (value: boolean) => (value ? t('member.on') : t('member.off'));
  const phone = (value: string | null) =>
    value ? <Anchor href={`tel:${value}`}>{format.phone(value)}</Anchor> : null;
  const sections: { id: string; title: string; details: Detail[] }[] = [
    {
      id: 'personal',
      title: t('member.sections.personal'),
      details: [
        { label: t('member.fields.name'), value: member.full_name },
        { label: t('member.fields.initials'), value: member.initials },
        {
          label: t('member.fields.birthDate'),
          value: member.birth_date ? format.date(`${member.birth_date}T12:00:00Z`) : null,
        },
        {
          label: t('member.fields.gender'),
          value: member.gender ? t(`member.gender.${member.gender}`) : null,
        },
        { label: t('member.fields.nickname'), value: member.nickname },
        // Addresses reach only the person and the portal admins: shown when the API sent one.
        ...(['address', 'postal_address'] as const).flatMap((which) => {
          const address = member[which];
          return address
            ? [{ label: t(`member.addresses.${which}`), value: addressLine(address) }]
            : [];
        }),
      ],
    },
    {
      id: 'work',
      title: t('member.sections.work'),
      details: [
        { label: t('member.fields.email'), value: member.email },
        { label: t('member.fields.phone'), value: phone(member.phone) },
        { label: t('member.fields.mobile'), value: phone(member.mobile) },
        { label: t('member.fields.department'), value: member.department },
        {
          label: t('member.fields.function'),
          value: functionLabel(functionCodes.data, member.function_code),
        },
        {
          label: t('member.fields.functionOnBusinessCard'),
          value: member.function_on_business_card,
        },
      ],
    },
    {
      id: 'access',
      title: t('member.sections.access'),
      details: [
        { label: t('flags.emailServices.label'), value: onOff(member.email_services) },
        {
          label: t('flags.contactForAllProjects.label'),
          value: onOff(member.contact_for_all_projects),
        },
        { label: t('rights.portalAdmin.label'), value: onOff(member.portal_admin) },
        { label: t('rights.portalEmployee.label'), value: onOff(member.portal_employee) },
        {
          label: t('member.fields.status'),
          value: t(`member.status.${member.account_status}`),
        },
        {
          label: t('member.fields.secondFactor'),
          value: member.has_second_factor
            ? t('member.secondFactor.on')
            : t('member.secondFactor.off'),
        },
      ],
    },
  ];
  return (
    <Stack gap="lg">
      {sections.map((section) => (
        <Stack key={section.id} gap="xs">
          <Title order={2} size="h4" c="kringTeal.9">
            {section.title}
          </Title>
          <DetailList details={section.details} />
        </Stack>
      ))}
    </Stack>
  );
}
