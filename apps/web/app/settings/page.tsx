import type { Metadata } from 'next';
import { DeleteAccount } from '@/components/settings/delete-account';
import { EmailForm } from '@/components/settings/email-form';
import { PasswordForm } from '@/components/settings/password-form';
import { ProfileForm } from '@/components/settings/profile-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Container, PageHeader } from '@/components/ui/container';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = {
  title: 'Settings',
  robots: { index: false, follow: false },
};

/** What `/settings/export` sends back here when the download could not be made. */
const EXPORT_PROBLEMS: Record<string, string> = {
  'rate-limited': 'You have downloaded your data several times in the last hour. Please try again later.',
  unreachable: 'We couldn’t reach Ladder to prepare your data. Please try again in a moment.',
  failed: 'Something went wrong while preparing your data. Please try again in a moment.',
};

type Props = { searchParams: Promise<{ export?: string | string[] }> };

export default async function SettingsPage({ searchParams }: Props) {
  const user = await requireUser('/settings');
  const { export: outcome } = await searchParams;
  const exportProblem = typeof outcome === 'string' ? EXPORT_PROBLEMS[outcome] : undefined;
  // Older API answers may not say; assume a password, the API will explain otherwise.
  const hasPassword = user.hasPassword ?? true;

  return (
    <Container className="max-w-3xl pb-section">
      <PageHeader eyebrow="Account" title="Settings" description={`Signed in as ${user.email}.`} />
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Profile</CardTitle>
            <CardDescription>Your name and the time zone Ladder shows times in.</CardDescription>
          </CardHeader>
          <CardContent>
            <ProfileForm name={user.name} timezone={user.timezone} />
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Email address</CardTitle>
            <CardDescription>
              We send a link to the new address; it becomes yours once you open it, and every other device is
              signed out.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <EmailForm email={user.email} hasPassword={hasPassword} />
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Password</CardTitle>
            <CardDescription>Changing it signs you out on every other device.</CardDescription>
          </CardHeader>
          <CardContent>
            <PasswordForm hasPassword={hasPassword} />
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Your data</CardTitle>
            <CardDescription>
              Everything Ladder keeps about you — profile, bookings and payments, notes you can read, reviews,
              messages, learning plans, newsletter status — as one JSON file.
            </CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            {exportProblem ? (
              <Alert tone="danger" role="alert">
                {exportProblem}
              </Alert>
            ) : null}
            <div>
              <Button asChild variant="secondary">
                {/* A plain link: the browser downloads the attachment; no script needed. */}
                <a href="/settings/export" download>
                  Download my data
                </a>
              </Button>
            </div>
          </CardContent>
        </Card>

        <Card className="border-danger-100">
          <CardHeader>
            <CardTitle className="text-danger-700">Delete account</CardTitle>
            <CardDescription>
              Closes your account for good: upcoming sessions are cancelled and refunded by the policy, and
              your profile and personal data are removed. This cannot be undone.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <DeleteAccount hasPassword={hasPassword} />
          </CardContent>
        </Card>
      </div>
    </Container>
  );
}
