import { Mark, Text } from '@mantine/core';

/** A search snippet with the words found highlighted (the API marks them; no HTML is trusted). */
export function SnippetText({ parts }: { parts: readonly { text: string; match: boolean }[] }) {
  if (parts.length === 0) return null;
  return (
    <Text size="sm" c="dark.6">
      {parts.map((part, index) =>
        part.match ? (
          <Mark key={index} color="yellow.2" c="dark.9" fw={600}>
            {part.text}
          </Mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </Text>
  );
}
