import type { Child } from 'hono/jsx';
import { Button, PostForm } from './form-fields.js';

/**
 * A heading and a form posting to `action` with its CSRF field and submit button: the shape of
 * every "add one" and "start one" form of the workspace.
 */
export function FormSection(props: {
  heading: string;
  level?: 2 | 3;
  action: string;
  csrf: string;
  submit: string;
  enctype?: 'multipart/form-data';
  children: Child;
}) {
  return (
    <>
      {props.level === 3 ? <h3>{props.heading}</h3> : <h2>{props.heading}</h2>}
      <PostForm action={props.action} csrf={props.csrf} enctype={props.enctype}>
        {props.children}
        <Button>{props.submit}</Button>
      </PostForm>
    </>
  );
}
