import { useTranslation } from 'react-i18next';
import type { SlotGroup } from './booking-view';
import { timeOf } from './visit-format';

/**
 * The free times of the chosen day as one radio group (one name: the arrow keys move through every
 * time, Space or an arrow chooses), in a fieldset per service point with its address as the legend.
 */
export function SlotPicker({ groups, legend, error, checked }: { groups: SlotGroup[]; legend: string; error?: string; checked?: string }) {
  const { t } = useTranslation();
  if (groups.length === 0)
    return (
      <p className="notice" data-testid="no-slots">
        {t('visits.noSlots')}
      </p>
    );
  return (
    <fieldset className={`slot-picker${error ? ' has-error' : ''}`} aria-describedby={error ? 'slot-error' : undefined}>
      <legend>{legend}</legend>
      {error ? (
        <p id="slot-error" className="error-text">
          {error}
        </p>
      ) : null}
      {groups.map((g) => (
        <fieldset key={g.servicePointId} className="slot-point">
          <legend>
            {g.name}
            <span className="slot-address">{g.address}</span>
          </legend>
          <div className="slot-list">
            {g.slots.map((s) => (
              <label key={s.value} className="slot">
                <input type="radio" name="slot" value={s.value} defaultChecked={checked === s.value} required />
                <span>
                  {timeOf(s.start)}–{timeOf(s.end)}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}
