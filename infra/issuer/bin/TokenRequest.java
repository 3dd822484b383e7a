import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;

/**
 * bin/token's request where there is no curl: {@code java TokenRequest.java <token-url> <secret-file> name=value...}
 * POSTs the form as client nc-tools and prints the answer's body, a newline and its status code.
 */
public class TokenRequest {

    public static void main(String[] args) throws Exception {
        String secret = Files.readString(Path.of(args[1])).strip();
        String basic = Base64.getEncoder().encodeToString(("nc-tools:" + secret).getBytes(StandardCharsets.UTF_8));
        String form = Arrays.stream(args, 2, args.length)
                .map(field -> field.split("=", 2))
                .map(pair -> encode(pair[0]) + "=" + encode(pair.length > 1 ? pair[1] : ""))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                HttpRequest.newBuilder(URI.create(args[0]))
                        .timeout(Duration.ofSeconds(20))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.println(response.body());
        System.out.println(response.statusCode());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
