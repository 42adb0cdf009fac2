/**
 * The Servanda RACI of the catalog fixture `people/__fixtures__/catalog-entities.json`: Lena
 * Kraus (Release Captain) is Responsible for go/no-go, Jonas Weber (Product Owner) Accountable,
 * Mara Schulz (On-Call) Consulted.
 */
export const SERVANDA_RACI = {
  roles: {
    'release-captain': {
      title: 'Release Captain',
      members: ['group:default/servanda-release-captains'],
    },
    'product-owner': {
      title: 'Product Owner',
      members: ['group:default/servanda-product-owners'],
    },
    'on-call': {
      title: 'On-Call',
      members: ['group:default/servanda-oncall'],
    },
  },
  activities: {
    'go-no-go': {
      title: 'Go/no-go decision',
      responsible: ['release-captain'],
      accountable: ['product-owner'],
      consulted: ['on-call'],
      informed: [],
    },
  },
};

/** The users of the fixture. */
export const LENA = 'user:default/lena.kraus';
export const JONAS = 'user:default/jonas.weber';
export const MARA = 'user:default/mara.schulz';
export const GUEST = 'user:development/guest';
