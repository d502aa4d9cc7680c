import { bindRoutes, type BoundRoute } from './contract/mount';
import { openApiDocument } from './contract/openapi-document';
import { ROUTES } from './contract/routes';

/** GET /openapi.json: the document generated from the route registry, built once. */
export function openApiRoutes(): BoundRoute[] {
  const document = openApiDocument();
  return bindRoutes(ROUTES.documents, {
    openapi: (_input, _req, res) => {
      res.json(document);
    },
  });
}
