import { Button, type ButtonProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AskQuestionDialog } from './AskQuestionDialog';

/**
 * "Stel een vraag": opens the question dialog. With a project, the question goes to the care
 * manager who leads it (for the project page); without one, to the organisation's branch.
 */
export function AskQuestionButton({
  organisationId,
  projectId,
  projectName,
  variant,
}: {
  organisationId: string;
  projectId?: string;
  projectName?: string;
  variant?: ButtonProps['variant'];
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        variant={variant}
        onClick={() => setOpened(true)}
        // In a narrow column the words wrap rather than being cut off.
        styles={{
          root: { height: 'auto', minHeight: 36, paddingBlock: 6 },
          label: { whiteSpace: 'normal', textAlign: 'center' },
        }}
      >
        {projectId ? t('correspondence.ask.openProject') : t('correspondence.ask.open')}
      </Button>
      <AskQuestionDialog
        organisationId={organisationId}
        projectId={projectId}
        projectName={projectName}
        opened={opened}
        onClose={() => setOpened(false)}
      />
    </>
  );
}
