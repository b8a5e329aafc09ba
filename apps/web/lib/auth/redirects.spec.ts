import {
  afterAuthPath,
  carriedEmail,
  forgotPasswordHref,
  safeNextPath,
  signInHref,
  signUpHref,
} from './redirects';

describe('safeNextPath', () => {
  it('keeps a same-site path with its query and hash', () => {
    expect(safeNextPath('/dashboard')).toBe('/dashboard');
    expect(safeNextPath('/mentors?q=go&sort=rating#results')).toBe('/mentors?q=go&sort=rating#results');
    expect(safeNextPath('/')).toBe('/');
  });

  it.each([
    ['protocol-relative URL', '//evil.com'],
    ['protocol-relative URL with a path', '//evil.com/dashboard'],
    ['absolute URL', 'https://evil.com'],
    ['absolute URL to ourselves', 'http://localhost:3000/dashboard'],
    ['backslash trick', '/\\evil.com'],
    ['backslashes only', '\\\\evil.com'],
    ['javascript: URL', 'javascript:alert(1)'],
    ['relative path', 'dashboard'],
    ['tab that browsers strip', '/\t/evil.com'],
    ['newline that browsers strip', '/\n/evil.com'],
    ['dot segment collapsing to //', '/.//evil.com'],
    ['empty string', ''],
  ])('rejects a %s', (_label, value) => {
    expect(safeNextPath(value, '/fallback')).toBe('/fallback');
  });

  it('rejects anything that is not a string, and takes the first of repeated parameters', () => {
    expect(safeNextPath(undefined)).toBe('/');
    expect(safeNextPath(null, '/x')).toBe('/x');
    expect(safeNextPath(42, '/x')).toBe('/x');
    expect(safeNextPath(['/first', '//evil.com'])).toBe('/first');
    expect(safeNextPath(['//evil.com', '/second'], '/x')).toBe('/x');
  });

  it('returns the path as the browser would resolve it', () => {
    expect(safeNextPath('/a/../b')).toBe('/b');
    expect(safeNextPath('/%2F%2Fevil.com')).toBe('/%2F%2Fevil.com');
  });
});

describe('signInHref / signUpHref', () => {
  it('carries the destination as an encoded next parameter', () => {
    expect(signInHref('/dashboard')).toBe('/sign-in?next=%2Fdashboard');
    expect(signInHref('/mentors?q=go&x=1')).toBe('/sign-in?next=%2Fmentors%3Fq%3Dgo%26x%3D1');
    expect(signUpHref('/dashboard')).toBe('/sign-up?next=%2Fdashboard');
  });

  it('leaves next out for the home page and for unsafe destinations', () => {
    expect(signInHref('/')).toBe('/sign-in');
    expect(signInHref(undefined)).toBe('/sign-in');
    expect(signInHref('//evil.com')).toBe('/sign-in');
    expect(signInHref('https://evil.com')).toBe('/sign-in');
  });
});

describe('afterAuthPath', () => {
  it('goes to a safe next, or the fallback', () => {
    expect(afterAuthPath('/mentors/ada', '/dashboard')).toBe('/mentors/ada');
    expect(afterAuthPath(undefined, '/dashboard')).toBe('/dashboard');
    expect(afterAuthPath('//evil.com', '/dashboard')).toBe('/dashboard');
  });

  it('never goes back to an account form, which would loop for a signed-in visitor', () => {
    expect(afterAuthPath('/sign-in', '/dashboard')).toBe('/dashboard');
    expect(afterAuthPath('/sign-up?next=/x', '/')).toBe('/');
    expect(afterAuthPath('/reset-password?token=abc', '/')).toBe('/');
    expect(afterAuthPath('/sign-in-help', '/')).toBe('/sign-in-help');
  });
});

describe('forgotPasswordHref / carriedEmail', () => {
  it('carries a valid typed email to the forgot-password page', () => {
    expect(forgotPasswordHref('ada@example.com')).toBe('/forgot-password?email=ada%40example.com');
    expect(forgotPasswordHref('  ada+x@example.com ')).toBe('/forgot-password?email=ada%2Bx%40example.com');
  });

  it('drops anything that is not an email address', () => {
    expect(forgotPasswordHref('')).toBe('/forgot-password');
    expect(forgotPasswordHref(null)).toBe('/forgot-password');
    expect(forgotPasswordHref('not an email')).toBe('/forgot-password');
    expect(carriedEmail(['ada@example.com', 'x'])).toBe('ada@example.com');
    expect(carriedEmail('<script>@x')).toBeNull();
    expect(carriedEmail(undefined)).toBeNull();
  });
});
