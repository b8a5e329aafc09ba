import { renderToStaticMarkup } from 'react-dom/server';
import { parseMentorFilters } from '@/lib/api/mentor-query';
import { MentorSearchForm } from './mentor-search-form';

jest.mock('next/navigation', () => ({ useRouter: () => ({ push: jest.fn(), refresh: jest.fn() }) }));

function inputNamed(html: string, name: string): string | undefined {
  return html.match(new RegExp(`<input[^>]*name="${name}"[^>]*/>`))?.[0];
}

describe('MentorSearchForm: free during my working hours', () => {
  it('offers the filter, labelled, with its fields left out of the URL until it is ticked', () => {
    const html = renderToStaticMarkup(<MentorSearchForm filters={parseMentorFilters({})} />);

    expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*>/);
    expect(html).toContain('Free during my working hours');
    expect(html).toMatch(/<label[^>]*>From<\/label>/);
    expect(html).toMatch(/<label[^>]*>To<\/label>/);
    // Disabled fields are not submitted, so an untouched form adds nothing to the search.
    expect(inputNamed(html, 'freeFrom')).toMatch(/\sdisabled=""/);
    expect(inputNamed(html, 'freeTo')).toMatch(/\sdisabled=""/);
    expect(inputNamed(html, 'freeTz')).toBeUndefined();
  });

  it('shows a search from the URL back: ticked, its hours, and its zone named and submitted again', () => {
    const filters = parseMentorFilters({ freeFrom: '08:30', freeTo: '12:00', freeTz: 'Asia/Kolkata' });
    const html = renderToStaticMarkup(<MentorSearchForm filters={filters} />);

    expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*checked=""[^>]*>/);
    expect(inputNamed(html, 'freeFrom')).toContain('value="08:30"');
    expect(inputNamed(html, 'freeFrom')).not.toMatch(/\sdisabled=""/);
    expect(inputNamed(html, 'freeTo')).toContain('value="12:00"');
    expect(inputNamed(html, 'freeTz')).toContain('value="Asia/Kolkata"');
    expect(html).toContain('in Asia/Kolkata (GMT+5:30)');
    expect(html).toContain('1 active');
  });
});
