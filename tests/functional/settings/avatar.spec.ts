import { test } from '@japa/runner'
import { deflateSync } from 'node:zlib'
import { UserFactory } from '#database/factories/user_factory'
import { pageUrl, signedInVisitor } from '#tests/helpers/visitor'
import { freshStatePerTest } from '#tests/helpers/state'

/**
 * A real PNG (width x height, one colour), built by hand so the test needs
 * no image fixture.
 */
function png(width = 8, height = 8, paddingBytes = 0) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (buffer: Buffer) => {
    let c = 0xffffffff
    for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const sum = Buffer.alloc(4)
    sum.writeUInt32BE(crc(body))
    return Buffer.concat([length, body, sum])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // truecolour
  const rows = Buffer.concat(
    Array.from({ length: height }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x6f)]))
  )
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    ...(paddingBytes > 0 ? [chunk('tEXt', Buffer.alloc(paddingBytes, 0x61))] : []),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const signedIn = signedInVisitor

test.group('Settings: profile picture', (group) => {
  freshStatePerTest(group)

  test('an uploaded picture becomes the avatar, is served, and replacing it removes the old file', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = await signedIn(client, user)

    const upload = await visitor
      .post('/settings/avatar')
      .header('referer', pageUrl('/settings'))
      .file('avatar', png(), { filename: 'me.png', contentType: 'image/png' })
    upload.assertStatus(302)
    assert.equal(visitor.flash().success, 'Your new picture is saved.')

    await user.refresh()
    assert.match(user.avatarKey ?? '', new RegExp(`^avatars/${user.id}-[A-Za-z0-9_-]{16}\\.png$`))

    const props = (await visitor.inertia('/settings')).body().props
    assert.equal(props.account.avatarUrl, `/uploads/${user.avatarKey}`)
    assert.isTrue(props.account.hasUploadedAvatar)
    assert.equal(props.user.avatarUrl, `/uploads/${user.avatarKey}`, 'the header shows it too')

    const served = await client.get(`/uploads/${user.avatarKey}`)
    served.assertStatus(200)
    assert.match(served.header('content-type') ?? '', /^image\/png/)

    const firstKey = user.avatarKey!
    await visitor.post('/settings/avatar').header('referer', pageUrl('/settings')).file('avatar', png(16, 16), { filename: 'new.png' })
    await user.refresh()
    assert.notEqual(user.avatarKey, firstKey)
    ;(await client.get(`/uploads/${firstKey}`)).assertStatus(404)

    const removed = await visitor.delete('/settings/avatar').header('referer', pageUrl('/settings'))
    removed.assertStatus(302)
    await user.refresh()
    assert.isNull(user.avatarKey)
  })

  test('files that are not pictures, or too large, are refused with a translated message', async ({ client, assert }) => {
    const user = await UserFactory.create()
    const visitor = await signedIn(client, user)

    // A script renamed to .png: the content decides, not the name.
    const disguised = await visitor
      .post('/settings/avatar')
      .accept('json')
      .file('avatar', Buffer.from('#!/bin/sh\necho pwned\n'.repeat(20)), { filename: 'cat.png', contentType: 'image/png' })
    disguised.assertStatus(422)
    assert.equal(disguised.body().errors[0].field, 'avatar')
    assert.equal(disguised.body().errors[0].message, 'Use a JPEG, PNG, WebP or GIF picture.')

    // A Russian player reads it in Russian (the account's language wins).
    const russian = await signedIn(client, await UserFactory.apply('russian').create())
    const svg = await russian
      .post('/settings/avatar')
      .accept('json')
      .file('avatar', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), { filename: 'x.svg' })
    svg.assertStatus(422)
    assert.equal(svg.body().errors[0].message, 'Подойдёт изображение JPEG, PNG, WebP или GIF.')

    const huge = await visitor
      .post('/settings/avatar')
      .accept('json')
      .file('avatar', png(8, 8, 3 * 1024 * 1024), { filename: 'huge.png' })
    huge.assertStatus(422)
    assert.equal(huge.body().errors[0].message, 'The picture must be at most 2mb.')

    const missing = await visitor.post('/settings/avatar').accept('json').form({})
    missing.assertStatus(422)
    assert.equal(missing.body().errors[0].message, 'Choose a picture to upload.')

    await user.refresh()
    assert.isNull(user.avatarKey)
  })
})
