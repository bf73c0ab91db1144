// BOOK-29 / PROF-06: an NHS number is 10 digits whose last digit is the Modulus 11 check digit
// of the first nine (weights 10 down to 2; a remainder giving 10 means the number is never issued).
export function isValidNhsNumber(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{10}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(value[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(value[9]);
}
