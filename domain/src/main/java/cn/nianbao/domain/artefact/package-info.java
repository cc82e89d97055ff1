/**
 * The stored public files of published versions: written once at publication (and for each correction), read by
 * the portal. It knows nothing of how they are rendered, only their bytes, media type, name and SHA-256.
 */
package cn.nianbao.domain.artefact;
