import { List, Stack, Text, Title } from '@mantine/core';
import { Fragment, type HTMLAttributes } from 'react';
import { type Inline, parseMarkdown } from './markdown';

const inline = (content: Inline[]) =>
  content.map((part, index) => (part.bold ? <strong key={index}>{part.text}</strong> : <Fragment key={index}>{part.text}</Fragment>));

/**
 * A section's Markdown (the subset of ui/markdown) as React elements, headings starting at
 * `headingOrder`. Extra attributes (e.g. data-quote-*) go on the wrapper, whose text content is
 * the quotable text.
 */
export function MarkdownText({ text, headingOrder = 3, ...attributes }: { text: string; headingOrder?: 3 | 4 } & HTMLAttributes<HTMLDivElement>) {
  return (
    <Stack gap="sm" {...attributes}>
      {parseMarkdown(text).map((block, index) => {
        if (block.kind === 'heading') {
          return (
            <Title key={index} order={Math.min(headingOrder + block.level - 1, 6) as 3 | 4 | 5 | 6} size={block.level === 1 ? 'h4' : 'h5'}>
              {inline(block.content)}
            </Title>
          );
        }
        if (block.kind === 'list') {
          return (
            <List key={index} type={block.ordered ? 'ordered' : 'unordered'} spacing={4}>
              {block.items.map((item, itemIndex) => (
                <List.Item key={itemIndex}>{inline(item)}</List.Item>
              ))}
            </List>
          );
        }
        return (
          <Text key={index}>
            {block.lines.map((line, lineIndex) => (
              <Fragment key={lineIndex}>
                {lineIndex > 0 ? <br /> : null}
                {inline(line)}
              </Fragment>
            ))}
          </Text>
        );
      })}
    </Stack>
  );
}
