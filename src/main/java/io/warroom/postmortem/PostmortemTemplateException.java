package io.warroom.postmortem;

/** The postmortem template cannot be parsed or rendered; the message names the file and line. */
public class PostmortemTemplateException extends RuntimeException {

    public PostmortemTemplateException(String message) {
        super(message);
    }
}
