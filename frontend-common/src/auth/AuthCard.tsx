import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface AuthCardProps {
  title: string;
  /** One or two sentences under the title. */
  lead?: ReactNode;
  children: ReactNode;
}

/** The frame of the identity pages: a narrow card with the page's one h1. */
export function AuthCard({ title, lead, children }: AuthCardProps) {
  return (
    <Stack maw={480} mx="auto" py={{ base: 0, sm: 'lg' }} gap="lg">
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
        <Stack gap="lg">
          <Stack gap="xs">
            <Title
              order={1}
              fz={{ base: 26, sm: 30 }}
              lh={1.2}
              style={{ overflowWrap: 'break-word' }}
            >
              {title}
            </Title>
            {lead ? <Text c="dark.5">{lead}</Text> : null}
          </Stack>
          {children}
        </Stack>
      </Paper>
    </Stack>
  );
}
