// Runs the fake Stripe server (test/fake-stripe.ts) as a local simulator: the Stripe API the SDK
// calls, plus stand-ins for the hosted checkout and Connect onboarding pages, sending signed
// webhooks to the API. See docs/runbooks/stripe.md.
//
//   node apps/api/scripts/fake-stripe.mjs
//   (env: FAKE_STRIPE_PORT=12111, FAKE_STRIPE_WEBHOOK_URL=http://127.0.0.1:3001/api/v1/webhooks/stripe,
//         STRIPE_SECRET_KEY=sk_test_ladder_fake, STRIPE_WEBHOOK_SECRET=whsec_ladder_local)
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const apiDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(resolve(apiDir, 'package.json'));
const { transformFileSync } = require('@swc/core');

// Compile the TypeScript fake next to a copy of its fixtures (the folder is git-ignored).
const out = resolve(apiDir, '.fake-stripe');
mkdirSync(resolve(out, 'fixtures'), { recursive: true });
copyFileSync(
  resolve(apiDir, 'test/fixtures/stripe-fixtures.json'),
  resolve(out, 'fixtures/stripe-fixtures.json'),
);
const { code } = transformFileSync(resolve(apiDir, 'test/fake-stripe.ts'), {
  jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
  module: { type: 'commonjs' },
});
writeFileSync(resolve(out, 'fake-stripe.cjs'), code);
const { FakeStripe } = require(resolve(out, 'fake-stripe.cjs'));

const port = Number(process.env.FAKE_STRIPE_PORT ?? 12111);
const secretKey = process.env.STRIPE_SECRET_KEY ?? 'sk_test_ladder_fake';
const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET ?? 'whsec_ladder_local';
const webhookUrl = process.env.FAKE_STRIPE_WEBHOOK_URL ?? 'http://127.0.0.1:3001/api/v1/webhooks/stripe';
const fake = await new FakeStripe(secretKey, { webhookUrl, webhookSecret }).start(port);
const shown = (name, value, fallback) => `${name}=${value === fallback ? value : `<your ${name}>`}`;
console.log(`Fake Stripe on ${fake.url}; webhooks to ${webhookUrl}. Start the API with:
  PAYMENTS_PROVIDER=stripe STRIPE_API_BASE=${fake.url} ${shown('STRIPE_SECRET_KEY', secretKey, 'sk_test_ladder_fake')} ${shown('STRIPE_WEBHOOK_SECRET', webhookSecret, 'whsec_ladder_local')} pnpm dev`);
