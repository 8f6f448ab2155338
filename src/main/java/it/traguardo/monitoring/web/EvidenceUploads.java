package it.traguardo.monitoring.web;

import it.traguardo.monitoring.Evidence;
import it.traguardo.monitoring.Evidence.StoredEvidence;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Evidence files between HTTP and the store, the same for the pages and the API. */
final class EvidenceUploads {

  private EvidenceUploads() {}

  /** The files of a multipart request; the empty part a browser sends when no file was chosen is not a file. */
  static List<Evidence.Upload> of(List<MultipartFile> files) {
    return (files == null ? List.<MultipartFile>of() : files).stream()
        .filter(file -> !(file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())))
        .map(file -> new Evidence.Upload(file.getOriginalFilename(), file.getSize(), file::getBytes))
        .toList();
  }

  /**
   * A stored file as an attachment, with the type its content was recognised as and {@code nosniff}, so that no
   * browser renders it in the application's origin.
   */
  static ResponseEntity<byte[]> download(StoredEvidence file, byte[] content) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.type().mediaType()))
        .contentLength(content.length)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(CacheControl.noStore().cachePrivate())
        .body(content);
  }
}
