import { useFormat } from '@kring/common';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useAccountViews, type AccountView } from '../api/accounts';
import { CursorList } from '../components/CursorList';
import { SplitRow } from '../components/SplitRow';
import { SectionCard } from '../components/SectionCard';
import { personPath, withQuery } from '../paths';
import { auditActionLabel } from './auditActions';

/** The address's query parameter naming the page of views shown (a link can share it). */
export const VIEWS_CURSOR = 'views';

/**
 * Who looked at this account (NEN 7513): each read of its page, audit trail, sessions or
 * member card, by whom (their staff role, or the organisation they acted for) and from where.
 */
export function ViewsCard({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const cursor = params.get(VIEWS_CURSOR);
  const views = useAccountViews(userId, cursor);
  return (
    <SectionCard id="person-views" title={t('viewsCard.title')} lead={t('viewsCard.lead')}>
      <CursorList
        query={views}
        cursor={cursor}
        pathAt={(next) => withQuery(personPath(userId), { [VIEWS_CURSOR]: next })}
        label={t('viewsCard.title')}
        head={
          <>
            <Table.Th>{t('viewsCard.columns.when')}</Table.Th>
            <Table.Th visibleFrom="sm">{t('viewsCard.columns.who')}</Table.Th>
          </>
        }
        row={(view) => <ViewRow key={view.id} view={view} />}
        empty={{ title: t('viewsCard.empty.title'), description: t('viewsCard.empty.body') }}
      />
    </SectionCard>
  );
}

function ViewRow({ view }: { view: AccountView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = view.viewer_name ?? t('viewsCard.gone');
  const acting = view.viewer_staff_role
    ? t(`roles.${view.viewer_staff_role}`, { defaultValue: t('roles.unknown') })
    : view.organisation_name;
  return (
    <SplitRow
      main={
        <>
          <Text size="sm" fw={600}>
            {auditActionLabel(view.action, t)}
          </Text>
          <Text size="sm">{format.dateTime(view.viewed_at)}</Text>
          {view.ip ? (
            <Text size="xs" c="dark.5" style={{ overflowWrap: 'anywhere' }}>
              {t('viewsCard.from', { ip: view.ip })}
            </Text>
          ) : null}
        </>
      }
      side={
        <>
          {view.viewer_id && view.viewer_name ? (
            <Anchor component={Link} to={personPath(view.viewer_id)} size="sm" fw={600}>
              {name}
            </Anchor>
          ) : (
            <Text size="sm" fw={600}>
              {name}
            </Text>
          )}
          {view.viewer_email ? <Text size="sm">{view.viewer_email}</Text> : null}
          {acting ? (
            <Text size="xs" c="dark.5">
              {acting}
            </Text>
          ) : null}
        </>
      }
    />
  );
}
