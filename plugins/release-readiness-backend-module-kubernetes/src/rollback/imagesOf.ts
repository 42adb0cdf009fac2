import { z } from 'zod';

const containersSchema = z
  .array(z.object({ name: z.string(), image: z.string().optional() }).loose())
  .optional()
  .catch(undefined);

const podTemplateImagesSchema = z
  .object({
    spec: z
      .object({
        containers: containersSchema,
        initContainers: containersSchema,
      })
      .loose()
      .optional()
      .catch(undefined),
  })
  .loose();

/**
 * The images of a pod template: its containers, then its init containers, each with its name
 * (a container without an image is left out).
 */
export function imagesOf(
  template: Record<string, unknown>,
): { container: string; image: string }[] {
  const parsed = podTemplateImagesSchema.safeParse(template);
  const spec = parsed.success ? parsed.data.spec : undefined;
  return [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])].flatMap(
    c => (c.image ? [{ container: c.name, image: c.image }] : []),
  );
}
