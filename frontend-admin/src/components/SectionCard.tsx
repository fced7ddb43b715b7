import { Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface SectionCardProps {
  /** The heading's id, which names the section. */
  id: string;
  title: string;
  /** A sentence under the title. */
  lead?: string;
  gap?: 'sm' | 'md';
  children: ReactNode;
}

/** A part of a console page: a card that is a section, named by its h2, with a lead. */
export function SectionCard({ id, title, lead, gap = 'md', children }: SectionCardProps) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Stack gap={gap}>
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {lead ? (
          <Text size="sm" c="dark.5">
            {lead}
          </Text>
        ) : null}
        {children}
      </Stack>
    </Card>
  );
}
