module.exports = { ...require('@kizuna/config/jest'), roots: ['<rootDir>/src'] };
