import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PracticeFieldsFragment } from '../gql/graphql';
import { currentLocale } from '../i18n';
import { MarkdownText } from '../ui/MarkdownText';
import { formatDate } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { fileSize } from './practice-options';
import { attachmentPath } from './paths';

/**
 * An article of the library as a reader sees it: title, who and when, the summary, the text, its
 * files to download, tags (links to the list of that tag) and target groups.
 */
export function PracticeArticle({
  practice,
  tagLink,
  actions,
  back,
  attachmentActions,
}: {
  practice: PracticeFieldsFragment;
  tagLink: (tag: string) => string;
  actions?: ReactNode;
  back: ReactNode;
  attachmentActions?: (attachment: PracticeFieldsFragment['attachments'][number]) => ReactNode;
}) {
  const { t } = useTranslation('practices');
  const { area = '' } = useParams();
  const locale = currentLocale();
  const byline = [
    practice.organisationName,
    practice.authorName ? t('article.author', { name: practice.authorName }) : null,
    practice.publishedAt ? t('article.published', { date: formatDate(practice.publishedAt) }) : t('list.notPublished'),
  ].filter(Boolean);

  return (
    <Stack gap="lg" lang={practice.language.toLowerCase()}>
      <div lang={locale}>{back}</div>
      <div>
        <PageHeader title={practice.title} subtitle={byline.join(' · ')} actions={actions} />
        {practice.summary ? (
          <Text size="lg" fw={500} lang={practice.language.toLowerCase()}>
            {practice.summary}
          </Text>
        ) : null}
      </div>
      {practice.body ? <MarkdownText text={practice.body} /> : null}

      <Stack gap="md" lang={locale}>
        <section aria-labelledby="attachments-heading">
          <Title order={2} size="h4" id="attachments-heading" mb="xs">
            {t('article.attachments')}
          </Title>
          {practice.attachments.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('article.noAttachments')}
            </Text>
          ) : (
            <List spacing="xs" listStyleType="none" p={0}>
              {practice.attachments.map((attachment) => (
                <List.Item key={attachment.id}>
                  <Paper withBorder p="xs" radius="sm">
                    <Group justify="space-between" wrap="wrap" gap="xs">
                      <div style={{ minWidth: 0 }}>
                        <Anchor href={attachmentPath(area, attachment.id)} download={attachment.fileName} style={{ wordBreak: 'break-word' }}>
                          {attachment.fileName}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {t('article.fileMeta', { type: fileType(attachment.mediaType), size: fileSize(attachment.size, locale) })}
                        </Text>
                      </div>
                      {attachmentActions?.(attachment)}
                    </Group>
                  </Paper>
                </List.Item>
              ))}
            </List>
          )}
        </section>

        {practice.tags.length > 0 ? (
          <section aria-labelledby="tags-heading">
            <Title order={2} size="h4" id="tags-heading" mb="xs">
              {t('fields.tags')}
            </Title>
            <Group gap={6}>
              {practice.tags.map((tag) => (
                <Badge key={tag} component={Link} to={tagLink(tag)} variant="outline" color="blue.8" tt="none" fw={500} style={{ cursor: 'pointer' }}>
                  {tag}
                </Badge>
              ))}
            </Group>
          </section>
        ) : null}

        {practice.targetGroups.length > 0 ? (
          <section aria-labelledby="groups-heading">
            <Title order={2} size="h4" id="groups-heading" mb="xs">
              {t('fields.targetGroups')}
            </Title>
            <Group gap={6}>
              {practice.targetGroups.map((group) => (
                <Badge key={group} variant="outline" color="teal.9" tt="none" fw={500}>
                  {t(`services:enums.TargetGroup.${group}`)}
                </Badge>
              ))}
            </Group>
          </section>
        ) : null}

        {practice.organisationName ? (
          <section aria-labelledby="organisation-heading">
            <Title order={2} size="h4" id="organisation-heading" mb="xs">
              {t('fields.organisation')}
            </Title>
            <Text>
              {practice.organisationWebsite ? (
                <Anchor href={practice.organisationWebsite} target="_blank" rel="noopener noreferrer">
                  {practice.organisationName}
                </Anchor>
              ) : (
                practice.organisationName
              )}
            </Text>
          </section>
        ) : null}
      </Stack>
    </Stack>
  );
}

const TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
};
const fileType = (mediaType: string) => TYPES[mediaType] ?? mediaType;
