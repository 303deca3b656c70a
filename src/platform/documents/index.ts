export type { DocumentKind, IssueDocumentInput } from "./documents";
export {
  findDocument,
  findDocumentBySource,
  issueDocument,
  readDocumentPdf,
  revokeDocument,
  verifyUrlOf,
} from "./documents";
export type { CertificateSpec, LetterSpec, Signer } from "./pdf";
export { renderCertificate, renderLetter } from "./pdf";
export { makeToken, readToken } from "./token";
