import { Form, usePage } from '@inertiajs/react'
import type { InertiaProps } from '~/types'
import { Seo } from '~/components/seo'
import { CsrfField } from '~/components/csrf_field'
import { ErrorSummary, TextField } from '~/components/form_controls'
import { useI18n } from '~/lib/i18n'

type PageProps = InertiaProps<{ topics: string[] }>

export default function Contact({ topics, user }: PageProps) {
  const { t } = useI18n()
  const { props } = usePage()
  const errors = props.errors as Record<string, string>

  return (
    <>
      <Seo title={t('marketing.contact.title')} description={t('marketing.contact.meta')} />
      <header className="container narrow page-header">
        <h1>{t('marketing.contact.title')}</h1>
        <p className="lead">{t('marketing.contact.lead')}</p>
      </header>
      <section className="container narrow">
        <div className="form-card">
          <Form action="/contact" method="post" resetOnSuccess={['message']} disableWhileProcessing>
            {({ processing }) => (
              <>
                <CsrfField />
                <ErrorSummary errors={errors} />
                <div className="grid grid-2">
                  <TextField
                    label={t('marketing.contact.name')}
                    name="name"
                    autoComplete="name"
                    required
                    defaultValue={user?.displayName ?? ''}
                    error={errors.name}
                  />
                  <TextField
                    label={t('marketing.contact.email')}
                    name="email"
                    type="email"
                    autoComplete="email"
                    required
                    defaultValue={user?.email ?? ''}
                    error={errors.email}
                  />
                </div>
                <div className="field">
                  <label htmlFor="contact-topic">{t('marketing.contact.topic')}</label>
                  <select
                    id="contact-topic"
                    name="topic"
                    required
                    defaultValue=""
                    aria-invalid={errors.topic ? true : undefined}
                    aria-describedby={errors.topic ? 'contact-topic-error' : undefined}
                  >
                    <option value="" disabled>
                      {t('marketing.contact.choose_topic')}
                    </option>
                    {topics.map((topic) => (
                      <option key={topic} value={topic}>
                        {t(`marketing.contact.topics.${topic}`)}
                      </option>
                    ))}
                  </select>
                  {errors.topic ? (
                    <p id="contact-topic-error" className="field-error">
                      {errors.topic}
                    </p>
                  ) : null}
                </div>
                <div className="field">
                  <label htmlFor="contact-message">{t('marketing.contact.message')}</label>
                  <textarea
                    id="contact-message"
                    name="message"
                    required
                    minLength={10}
                    maxLength={5000}
                    aria-invalid={errors.message ? true : undefined}
                    aria-describedby={errors.message ? 'contact-message-error' : undefined}
                  />
                  {errors.message ? (
                    <p id="contact-message-error" className="field-error">
                      {errors.message}
                    </p>
                  ) : null}
                </div>
                <button type="submit" className="button button-primary" disabled={processing}>
                  {t('marketing.contact.submit')}
                </button>
              </>
            )}
          </Form>
        </div>
      </section>
    </>
  )
}
