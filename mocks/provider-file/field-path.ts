// A document path as the field name problems show: ['schedules', 1, 'diary', 'to'] → schedules[1].diary.to.
export type DocumentPath = readonly (string | number)[];

export function fieldPath(path: DocumentPath): string {
  const text = path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
  return text === '' ? '(file)' : text;
}
