// Finds the resources nested in a resource: Bundle.entry.resource and DomainResource.contained.
// Every layer validates a nested resource against its own type (chosen by its resourceType) and
// reports inside the outer path, so that a message reads `Bundle/entry/3/resource/status`.

export interface NestedResource {
  /** The nested resource's own type, from its `resourceType`. */
  readonly resourceType: string;
  readonly resource: Readonly<Record<string, unknown>>;
  /** JSON-pointer-like path from the outer resource, without the leading resource name: `/entry/3/resource`. */
  readonly pointer: string;
}

type JsonObject = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value that can be validated as a resource: an object whose resourceType is a non-empty string. */
export function isResourceLike(value: unknown): value is JsonObject & { resourceType: string } {
  return isObject(value) && typeof value.resourceType === 'string' && value.resourceType.length > 0;
}

/** The directly nested resources (one level deep); callers recurse for contained-in-entry resources. */
export function listNestedResources(resource: unknown): readonly NestedResource[] {
  if (!isObject(resource)) return [];
  const found: NestedResource[] = [];
  const visit = (value: unknown, pointer: string): void => {
    if (isResourceLike(value)) found.push({ resourceType: value.resourceType, resource: value, pointer });
  };
  if (resource.resourceType === 'Bundle' && Array.isArray(resource.entry)) {
    resource.entry.forEach((entry: unknown, i) => {
      if (isObject(entry)) visit(entry.resource, `/entry/${i}/resource`);
    });
  }
  if (Array.isArray(resource.contained)) {
    resource.contained.forEach((item: unknown, i) => visit(item, `/contained/${i}`));
  }
  return found;
}
