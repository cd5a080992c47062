import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { BrowserClient } from '../../testing/browser-client.ts';
import { makeOrganisation, makePerson } from '../../testing/factories.ts';
import { useAppWithOrganisation } from '../../testing/test-app.ts';

const t = useAppWithOrganisation('Harbridge Borough Council');

/** A camera-like JPEG: larger than needed, and carrying EXIF that must not survive. */
function cameraPhoto() {
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: '#336699' } })
    .withExif({ IFD0: { Copyright: 'Private Person', ImageDescription: 'Taken at 12 Home Street' } })
    .jpeg()
    .toBuffer();
}

async function signedIn(ip: string) {
  const person = await makePerson(t.database.db, t.orgId, { name: 'Pip Photo' });
  const client = new BrowserClient(t.app, ip);
  await client.signIn(person.email, person.password);
  await client.get('/profile/photo');
  return { person, client };
}

describe('profile photos', () => {
  it('are resized to 400 pixels, stripped of EXIF, and shown to colleagues only', async () => {
    const { person, client } = await signedIn('10.2.6.1');
    const original = await cameraPhoto();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const response = await client.upload(
      '/profile/photo',
      {},
      { field: 'photo', filename: 'me.jpg', content: original, contentType: 'image/jpeg' },
    );
    expect(response.statusCode).toBe(303);
    const served = await client.app.inject({
      method: 'GET',
      url: `/people/${person.id}/photo`,
      headers: { cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(served.headers['content-type']).toBe('image/jpeg');
    const metadata = await sharp(served.rawPayload).metadata();
    expect([metadata.width, metadata.height]).toEqual([400, 400]);
    expect(metadata.exif).toBeUndefined();
    expect(served.rawPayload.includes(Buffer.from('Home Street'))).toBe(false);

    const colleague = await makePerson(t.database.db, t.orgId);
    const colleagueClient = new BrowserClient(t.app, '10.2.6.2');
    await colleagueClient.signIn(colleague.email, colleague.password);
    expect((await colleagueClient.get(`/people/${person.id}`)).body).toContain(`/people/${person.id}/photo`);
    const outsider = await makePerson(t.database.db, (await makeOrganisation(t.database.db)).id);
    const outsiderClient = new BrowserClient(t.app, '10.2.6.3');
    await outsiderClient.signIn(outsider.email, outsider.password);
    expect((await outsiderClient.get(`/people/${person.id}/photo`)).statusCode).toBe(404);
  });

  it('refuses a file that is not a photo, and asks for one when none is chosen', async () => {
    const { client } = await signedIn('10.2.6.4');
    const notPhoto = await client.upload(
      '/profile/photo',
      {},
      { field: 'photo', filename: 'x.jpg', content: Buffer.from('<?php evil(); ?>'), contentType: 'image/jpeg' },
    );
    expect(notPhoto.statusCode).toBe(400);
    expect(notPhoto.body).toContain('The file must be a photo');
    const none = await client.upload(
      '/profile/photo',
      {},
      { field: 'photo', filename: '', content: Buffer.alloc(0), contentType: 'application/octet-stream' },
    );
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Choose a photo to upload');
  });

  it('can be removed, and not changed at all when the organisation says so', async () => {
    const { person, client } = await signedIn('10.2.6.5');
    await client.upload(
      '/profile/photo',
      {},
      { field: 'photo', filename: 'me.jpg', content: await cameraPhoto(), contentType: 'image/jpeg' },
    );
    await client.get('/profile/photo');
    expect((await client.post('/profile/photo/remove', {})).statusCode).toBe(303);
    expect((await client.get(`/people/${person.id}/photo`)).statusCode).toBe(404);
    await t.database.db
      .updateTable('organisations')
      .set({ self_editable_fields: ['phone'] })
      .where('id', '=', t.orgId)
      .execute();
    expect((await client.get('/profile/photo')).statusCode).toBe(404);
  });
});
