import { renderToStaticMarkup } from 'react-dom/server';
import { PeriodPicker } from './period-picker';

describe('PeriodPicker', () => {
  it('links each window to the report path and marks the current one', () => {
    const html = renderToStaticMarkup(
      <PeriodPicker path="/admin/revenue" windows={[7, 30, 90]} current={30} />,
    );
    expect(html.match(/href="\/admin\/revenue\?days=(\d+)"/g)).toHaveLength(3);
    expect(html).toMatch(/<a aria-current="page"[^>]*href="\/admin\/revenue\?days=30">Last 30 days/);
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });
});
