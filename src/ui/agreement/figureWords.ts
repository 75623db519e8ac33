/** An α or κ as people read it: two decimals, a dash where it is undefined (too little to compare). */
export const coefficientText = (value: number | null) => (value === null ? '—' : value.toFixed(2));

/** A percent agreement, whole percents; a dash where no unit has two values. */
export const percentText = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)} %`);
