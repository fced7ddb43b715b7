import { AuthCallToAction, FormErrors, ServiceStatus, useDocumentTitle } from '@kring/common';
import { Card, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useProviderSearch } from '../api/providers';
import { AboutKring } from '../search/AboutKring';
import {
  apiQueryFrom,
  criteriaFrom,
  isSearch,
  NO_CRITERIA,
  paramsFrom,
  type SearchCriteria,
} from '../search/criteria';
import { SearchForm } from '../search/SearchForm';
import { searchErrorsOf } from '../search/searchErrors';
import { SearchResults } from '../search/SearchResults';

/**
 * The home page: finding a provider comes first (keyword, place or postcode, category, day
 * parts), kept in the address so a search can be shared and the back button works. Before a
 * search, what the portal is and the way to log in; after one, the results.
 */
export default function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const searched = isSearch(params);
  const criteria = useMemo(() => criteriaFrom(params), [params]);
  const query = useMemo(() => apiQueryFrom(criteria), [criteria]);
  const results = useProviderSearch(query, searched);
  // A refused search puts its messages at the form; a failed "more" says so under the list.
  const refusal = searchErrorsOf(results.isFetchNextPageError ? null : results.error);
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(searched ? t('search.documentTitle') : '', t('app.name'));

  const go = (next: SearchCriteria) => setParams(paramsFrom(next));
  // After a search the focus goes to its results (the form below starts again from the address);
  // a refused search puts it on the field instead (see SearchForm).
  const focusResults = useRef(false);
  useEffect(() => {
    if (focusResults.current && heading.current) {
      focusResults.current = false;
      heading.current.focus();
    }
  }, [params]);
  // The form starts again from the address when the search changes (back button, a new search),
  // not when only the order does.
  const formKey = paramsFrom({ ...criteria, sort: 'distance' }).toString();

  return (
    <Stack gap={40} maw={1040} mx="auto" py={{ base: 'sm', sm: 'lg' }}>
      <Stack gap="md" component="section" aria-labelledby="landing-title">
        <Stack gap="sm">
          <Text c="kringClay.7" fw={700} size="sm" tt="uppercase">
            {t('app.name')}
          </Text>
          <Title id="landing-title" order={1} maw={760} fz={{ base: 28, sm: 40 }} lh={1.15}>
            {t('landing.title')}
          </Title>
          <Text size="lg" maw={720}>
            {t('search.lead')}
          </Text>
        </Stack>
        <Card withBorder padding="lg" shadow="xs">
          <SearchForm
            key={formKey}
            criteria={criteria}
            errors={refusal?.fields ?? {}}
            onSearch={(next) => {
              focusResults.current = true;
              go(next);
            }}
          />
        </Card>
        {refusal ? <FormErrors messages={refusal.other} /> : null}
      </Stack>

      {searched ? (
        <SearchResults
          criteria={criteria}
          results={results}
          refused={refusal !== null}
          headingRef={heading}
          onSort={(sort) => go({ ...criteria, sort })}
          onClear={() => go(NO_CRITERIA)}
        />
      ) : (
        <>
          <AuthCallToAction />
          <AboutKring />
        </>
      )}

      <ServiceStatus />
    </Stack>
  );
}
