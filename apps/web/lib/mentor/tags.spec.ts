import { addTags, EXPERTISE_TAGS, LANGUAGE_TAGS, removeTag, splitTagInput, tagSuggestions } from './tags';

describe('tag input normalisation', () => {
  it('normalises expertise as the API stores it: lower-case, hyphens for spaces', () => {
    expect(addTags([], '  System   Design ', EXPERTISE_TAGS)).toEqual({
      tags: ['system-design'],
      problem: null,
    });
  });

  it('capitalises languages', () => {
    expect(addTags(['English'], 'brazilian   portuguese', LANGUAGE_TAGS).tags).toEqual([
      'English',
      'Brazilian Portuguese',
    ]);
  });

  it('splits pasted lists and skips duplicates and empty pieces', () => {
    expect(splitTagInput('React, TypeScript;;\nGo ,')).toEqual(['React', 'TypeScript', 'Go']);
    expect(addTags(['react'], 'React, typescript, TYPESCRIPT, ,', EXPERTISE_TAGS)).toEqual({
      tags: ['react', 'typescript'],
      problem: null,
    });
  });

  it('refuses tags that are too long and tags beyond the maximum', () => {
    const long = addTags([], 'x'.repeat(41), EXPERTISE_TAGS);
    expect(long.tags).toEqual([]);
    expect(long.problem).toMatch(/40 characters/);
    const full = Array.from({ length: 15 }, (_, i) => `tag-${i}`);
    const over = addTags(full, 'one-more', EXPERTISE_TAGS);
    expect(over.tags).toHaveLength(15);
    expect(over.problem).toMatch(/Up to 15 skills/);
  });

  it('removes a tag', () => {
    expect(removeTag(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });

  it('suggests what is not chosen yet and matches what is typed', () => {
    expect(tagSuggestions(['System design', 'react', 'go'], ['react'], '', EXPERTISE_TAGS)).toEqual([
      'system-design',
      'go',
    ]);
    expect(tagSuggestions(['system-design', 'distributed-systems'], [], 'system d', EXPERTISE_TAGS)).toEqual([
      'system-design',
    ]);
  });
});
