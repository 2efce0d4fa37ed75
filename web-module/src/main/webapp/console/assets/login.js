// Shows the login error when the server sent us back with ?error (with &throttled when the attempt was refused
// without checking the password, because of earlier failures: then retrying at once cannot help), and a note after
// signing out.
const params = new URLSearchParams(location.search);
if (params.has('error')) {
    document.getElementById(params.has('throttled') ? 'login-throttled' : 'login-error').hidden = false;
}
if (params.has('loggedOut')) {
    document.getElementById('logged-out').hidden = false;
}
