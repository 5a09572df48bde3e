package cn.chegu.viewer.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Area uploads the API tests share: POST /api/areas as an editor, and the test district's zip. */
final class AreaUploads {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AreaUploads() {}

  /** POST /api/areas with {@code content} as the file {@code file}, named {@code name}. */
  static ResultActions upload(
      MockMvc mvc, String file, String contentType, byte[] content, String name) throws Exception {
    return mvc.perform(
        multipart("/api/areas")
            .file(new MockMultipartFile("file", file, contentType, content))
            .param("name", name)
            .with(ImportRequests.EDITOR)
            .with(csrf()));
  }

  /**
   * Creates the test district ({@link AreasApiTest#districtZip()}) as "Test district", expecting
   * 201; its area id.
   */
  static String createDistrict(MockMvc mvc) throws Exception {
    return JSON.readTree(
            upload(
                    mvc,
                    "district.zip",
                    "application/zip",
                    AreasApiTest.districtZip(),
                    "Test district")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
        .get("id")
        .asText();
  }

  /** The test district's zip with one more entry {@code name} holding {@code content}. */
  static byte[] districtZipWith(String name, String content) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in =
            new ZipInputStream(new ByteArrayInputStream(AreasApiTest.districtZip()));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(in.readAllBytes());
        z.closeEntry();
      }
      z.putNextEntry(new ZipEntry(name));
      z.write(content.getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    return out.toByteArray();
  }
}
