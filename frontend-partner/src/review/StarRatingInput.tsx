import { Text, VisuallyHidden } from '@mantine/core';
import { useId, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './StarRatingInput.module.css';

const STAR_PATH = 'M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z';

export interface StarRatingInputProps {
  /** The first radio's id (for the error summary's link). */
  id: string;
  legend: string;
  value: number | null;
  onChange: (stars: number) => void;
  onBlur?: () => void;
  error?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * 1 to 5 stars as a real radio group: arrow keys move between the stars, each is named
 * ("1 ster" … "5 sterren") and the choice is said in words under them. Hovering shows what a
 * click would give.
 */
export function StarRatingInput(props: StarRatingInputProps) {
  const { id, legend, value, onChange, onBlur, error, inputRef } = props;
  const { t } = useTranslation();
  const name = useId();
  const [hover, setHover] = useState<number | null>(null);
  const shown = hover ?? value ?? 0;
  const errorId = `${id}-error`;
  const chosenId = `${id}-chosen`;
  return (
    <fieldset
      className={classes.fieldset}
      role="radiogroup"
      aria-required="true"
      aria-invalid={error ? true : undefined}
      aria-describedby={[error ? errorId : null, chosenId].filter(Boolean).join(' ')}
    >
      <Text component="legend" fw={700} mb={4} p={0}>
        {legend}{' '}
        <Text component="span" c="red.9" aria-hidden="true">
          *
        </Text>
      </Text>
      <div className={classes.stars} onMouseLeave={() => setHover(null)}>
        {[1, 2, 3, 4, 5].map((stars) => {
          const inputId = stars === 1 ? id : `${id}-${stars}`;
          return (
            <span key={stars} className={classes.option}>
              <input
                ref={stars === 1 ? inputRef : undefined}
                className={classes.input}
                type="radio"
                id={inputId}
                name={name}
                value={stars}
                checked={value === stars}
                onChange={() => onChange(stars)}
                onBlur={onBlur}
              />
              <label
                htmlFor={inputId}
                className={classes.star}
                data-filled={stars <= shown || undefined}
                onMouseEnter={() => setHover(stars)}
              >
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                  <path
                    d={STAR_PATH}
                    fill="currentColor"
                    // Outlined in dark grey when empty, so each star stands out (WCAG 1.4.11).
                    stroke={stars <= shown ? '#6c4a0b' : '#6c757d'}
                    strokeWidth="1.25"
                    strokeLinejoin="round"
                  />
                </svg>
                <VisuallyHidden>{t('profile.rating.stars', { count: stars })}</VisuallyHidden>
              </label>
            </span>
          );
        })}
      </div>
      <Text size="sm" id={chosenId} mt={4} c="dark.6">
        {value ? t('review.stars.chosen', { count: value }) : t('review.stars.none')}
      </Text>
      {error ? (
        <Text size="sm" c="red.9" id={errorId} mt={4}>
          {error}
        </Text>
      ) : null}
    </fieldset>
  );
}
