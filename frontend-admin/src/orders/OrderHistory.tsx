import { useFormat } from '@kring/common';
import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrderEvent, StaffOrder } from '../api/orders';
import { SectionCard } from '../components/SectionCard';
import { DATED } from './statusChange';

/** The order's steps, oldest first: each status, the day it recorded, who and the note. */
export function OrderHistory({ order }: { order: StaffOrder }) {
  const { t } = useTranslation();
  return (
    <SectionCard id="order-history" title={t('order.history.title')} gap="sm">
      {order.history.length === 0 ? (
        <Text size="sm">{t('order.history.none')}</Text>
      ) : (
        <Timeline
          active={order.history.length - 1}
          bulletSize={16}
          lineWidth={2}
          color="kringTeal"
          aria-labelledby="order-history"
        >
          {order.history.map((event, index) => (
            <Timeline.Item
              key={`${event.at}-${index}`}
              title={<StepTitle event={event} />}
              lineVariant={index === order.history.length - 1 ? 'dashed' : 'solid'}
            >
              <StepBody event={event} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </SectionCard>
  );
}

function StepTitle({ event }: { event: OrderEvent }) {
  const { t } = useTranslation();
  const format = useFormat();
  const status = t(`orders.status.${event.status}`);
  // A dated step says its day in the title: "Planned for Mon 14 December 2026".
  if (event.on_date && DATED[event.status]) {
    return (
      <Text size="sm" fw={700} component="span">
        {t(`order.history.dated.${event.status}`, { day: format.day(event.on_date) })}
      </Text>
    );
  }
  return (
    <Text size="sm" fw={700} component="span">
      {status}
    </Text>
  );
}

function StepBody({ event }: { event: OrderEvent }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <Text size="sm" c="dark.5">
        {t('order.history.by', {
          when: format.dateTime(event.at),
          who: event.by_name ?? t('order.history.system'),
        })}
      </Text>
      {event.note ? (
        <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {event.note}
        </Text>
      ) : null}
    </>
  );
}
