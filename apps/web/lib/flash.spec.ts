import { flashOnPath, parseFlash, showFlash, type TFlashView } from './flash';

describe('parseFlash', () => {
  it('reads a stored message', () => {
    expect(parseFlash('{"tone":"success","message":"Check your inbox to confirm your email"}')).toEqual({
      tone: 'success',
      message: 'Check your inbox to confirm your email',
    });
  });

  it('ignores anything else that may be in storage', () => {
    expect(parseFlash('not json')).toBeNull();
    expect(parseFlash('null')).toBeNull();
    expect(parseFlash('{"tone":"danger","message":"x"}')).toBeNull();
    expect(parseFlash('{"tone":"info","message":""}')).toBeNull();
    expect(parseFlash('{"tone":"info","message":42}')).toBeNull();
  });
});

describe('which page a flash is shown on', () => {
  const welcome = { tone: 'success' as const, message: 'Welcome to Ladder!', from: '/sign-up' };

  it('follows the navigation after it was set, then goes once the person moves on', () => {
    const onSignUp = showFlash(welcome, '/sign-up');
    expect(onSignUp.page).toBeNull();
    const landed = flashOnPath(onSignUp, '/mentors/priya-raman');
    expect(landed).toEqual({ flash: welcome, page: '/mentors/priya-raman' });
    // A refresh of the same page keeps it …
    expect(flashOnPath(landed as TFlashView, '/mentors/priya-raman')).toBe(landed);
    // … the next page (checkout, dashboard) does not show it again.
    expect(flashOnPath(landed as TFlashView, '/checkout/b1')).toBeNull();
  });

  it('stays on the page that set it with `here`, and goes when that page is left', () => {
    const cancelled = {
      tone: 'success' as const,
      message: 'Session cancelled.',
      from: '/dashboard/bookings/b1',
      here: true,
    };
    const view = showFlash(cancelled, '/dashboard/bookings/b1');
    expect(view.page).toBe('/dashboard/bookings/b1');
    expect(flashOnPath(view, '/dashboard/bookings/b1')).toBe(view);
    expect(flashOnPath(view, '/dashboard')).toBeNull();
  });

  it('belongs to the page it is taken on after a reload elsewhere', () => {
    const view = showFlash(welcome, '/dashboard');
    expect(view.page).toBe('/dashboard');
    expect(flashOnPath(view, '/settings')).toBeNull();
  });

  it('keeps where it was set through storage', () => {
    expect(parseFlash(JSON.stringify({ ...welcome, here: true }))).toEqual({ ...welcome, here: true });
    expect(parseFlash('{"tone":"info","message":"x","from":7,"here":"yes"}')).toEqual({
      tone: 'info',
      message: 'x',
    });
  });
});
