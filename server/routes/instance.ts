import { Hono } from 'hono';
import type { Instance } from '../context.ts';
import type { Env } from '../auth.ts';

export const VERSION = '4.4.3';
/** A fixed placeholder: the local instance sends no push notifications. */
export const VAPID_KEY = 'BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M=';

export function instanceRoutes(inst: Instance) {
  const app = new Hono<Env>();
  app.get('/api/v2/instance', async (c) => {
    const origin = inst.options.origin;
    const domain = new URL(origin).host;
    const users = await inst.db.query<{ count: string }>('SELECT count(*) FROM users WHERE approved');
    return c.json({
      domain,
      title: 'Modboard local instance',
      version: VERSION,
      source_url: 'https://github.com/mastodon/mastodon',
      description: 'A Mastodon-compatible server for developing and testing Modboard.',
      usage: { users: { active_month: Number(users.rows[0]!.count) } },
      thumbnail: { url: `${origin}/avatars/original/missing.png` },
      icon: [],
      languages: ['en', 'zh'],
      configuration: {
        urls: { streaming: `ws://${domain}`, status: null, about: `${origin}/about`, privacy_policy: `${origin}/privacy-policy`, terms_of_service: null },
        vapid: { public_key: VAPID_KEY },
        accounts: { max_featured_tags: 10, max_pinned_statuses: 5 },
        statuses: { max_characters: 500, max_media_attachments: 4, characters_reserved_per_url: 23 },
        media_attachments: {
          supported_mime_types: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'],
          description_limit: 1500,
          image_size_limit: 16777216,
          image_matrix_limit: 33177600,
          video_size_limit: 103809024,
          video_frame_rate_limit: 120,
          video_matrix_limit: 8294400,
        },
        polls: { max_options: 4, max_characters_per_option: 50, min_expiration: 300, max_expiration: 2629746 },
        translation: { enabled: false },
        limited_federation: false,
      },
      registrations: {
        enabled: true,
        approval_required: true,
        reason_required: true,
        message: null,
        url: null,
        min_age: null,
      },
      api_versions: { mastodon: 5 },
      contact: { email: 'owner@modboard.test', account: null },
      rules: [{ id: '1', text: 'No spam.', hint: '' }],
    });
  });
  return app;
}
