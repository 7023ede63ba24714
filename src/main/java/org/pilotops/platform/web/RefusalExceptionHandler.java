package org.pilotops.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import org.pilotops.platform.problem.PilotOpsException;

/**
 * Turns a boundary's refusal during a page request into its HTTP status and our error page: a city user
 * opening another city's list gets the same 404 page as for a page that does not exist, not a 500.
 * Faces wraps exceptions several times over, which servlet error-page matching cannot see through.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            PilotOpsException refusal = refusalIn(events.next().getContext().getException());
            if (refusal != null && !context.getPartialViewContext().isAjaxRequest()
                    && !context.getExternalContext().isResponseCommitted()) {
                events.remove();
                try {
                    context.getExternalContext().responseSendError(refusal.status(), null);
                } catch (IOException e) {
                    throw new FacesException(e);
                }
                context.responseComplete();
            }
        }
        getWrapped().handle();
    }

    private static PilotOpsException refusalIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PilotOpsException refusal) {
                return refusal;
            }
        }
        return null;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
