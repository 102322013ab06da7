import { test } from '@japa/runner'

const PUBLIC_PAGES = ['/', '/games', '/about', '/faq', '/pricing', '/terms', '/privacy', '/blog', '/contact', '/signup', '/login', '/forgot-password']

test.group('Public pages', () => {
  for (const path of PUBLIC_PAGES) {
    test(`${path} is server-rendered with title, description and Open Graph tags`, async ({ client, assert }) => {
      const response = await client.get(path)
      response.assertStatus(200)
      const html = response.text()
      assert.match(html, /<title[^>]*>[^<]+ · Parley<\/title>/)
      assert.match(html, /<meta name="description" content="[^"]{20,}"/)
      assert.match(html, /<meta property="og:title" content="[^"]+"/)
      assert.match(html, /<meta property="og:description" content="[^"]+"/)
      assert.match(html, /<link rel="canonical" href="http:\/\/localhost:\d+\//)
      // Server-rendered markup inside the app root, not an empty shell.
      assert.match(html, /<div data-server-rendered="true" id="app">.*<main id="main"/s)
    })
  }
})
